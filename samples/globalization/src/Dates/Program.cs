using System.Globalization;

// Needs ICU: culture data for de-DE. On an image without ICU this throws CultureNotFoundException.
var german = CultureInfo.GetCultureInfo("de-DE");
var christmas = new DateTime(2024, 12, 24);
Console.WriteLine($"de-DE: {christmas.ToString("D", german)}");
Console.WriteLine($"de-DE: {1234567.891.ToString("N2", german)}");
