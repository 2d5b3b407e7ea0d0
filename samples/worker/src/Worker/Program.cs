// A console worker: processes a few items and exits.
var count = int.TryParse(Environment.GetEnvironmentVariable("WORKER_ITEMS"), out var n) ? n : 1;
for (var i = 1; i <= count; i++)
{
    Console.WriteLine($"worker: processed item {i} of {count}");
}

Console.WriteLine($"worker: done on .NET {Environment.Version} as uid {Environment.GetEnvironmentVariable("APP_UID") ?? "?"}");
