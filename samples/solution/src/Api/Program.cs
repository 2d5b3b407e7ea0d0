using Greetings;

var app = WebApplication.CreateSlimBuilder(args).Build();
app.MapGet("/", () => Results.Text(Greeter.Greet("container") + "\n"));
app.MapGet("/healthz", () => Results.Ok());
app.Run();
