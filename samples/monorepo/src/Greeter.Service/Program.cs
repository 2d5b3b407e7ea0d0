using Monorepo.Core;
using Monorepo.Service;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddGrpc();
var salutation = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "greeting.txt"));
builder.Services.AddSingleton(new GreetingComposer(salutation));

var app = builder.Build();
app.MapGrpcService<GreeterService>();
app.Run();
