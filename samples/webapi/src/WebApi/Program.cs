var builder = WebApplication.CreateSlimBuilder(args);
var app = builder.Build();

string[] summaries = ["Freezing", "Bracing", "Chilly", "Cool", "Mild", "Warm", "Balmy", "Hot", "Sweltering", "Scorching"];

app.MapGet("/", () => Results.Text($"Hello from a distroless container, running as uid {Environment.GetEnvironmentVariable("APP_UID") ?? "?"}.\n"));
app.MapGet("/healthz", () => Results.Ok(new { status = "healthy" }));
app.MapGet("/weatherforecast", () =>
    Enumerable.Range(1, 3).Select(day => new
    {
        Date = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(day)),
        TemperatureC = 10 + (day * 7),
        Summary = summaries[day * 3 % summaries.Length],
    }));

app.Run();
