using Humanizer;

namespace Greetings;

public static class Greeter
{
    public static string Greet(string name) => $"Hello, {name}! This library was built {TimeSpan.FromMinutes(90).Humanize(2)} ago, give or take.";
}
