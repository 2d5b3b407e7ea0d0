using System.Net.Sockets;
using System.Text.Json;
using Containerize.Imaging;
using Containerize.Imaging.BuildKit;
using Containerize.Session;
using Microsoft.AspNetCore.Server.Kestrel.Core;

// The BuildKit session host (see the project file). Protocol with the build: one JSON line of SessionHostOptions on
// standard input; "ready" on standard output once the engine has the session; exit when standard input closes.
var line = Console.In.ReadLine();
if (string.IsNullOrEmpty(line))
{
    return 2;
}

var options = JsonSerializer.Deserialize<SessionHostOptions>(line, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
var socketPath = Path.Combine(Path.GetTempPath(), $"containerize-session-{Environment.ProcessId}-{Guid.NewGuid():N}.sock");
var builder = WebApplication.CreateSlimBuilder();
builder.Logging.ClearProviders();
builder.Services.AddSingleton(options);
builder.Services.AddGrpc();
builder.WebHost.ConfigureKestrel(kestrel => kestrel.ListenUnixSocket(socketPath, listen => listen.Protocols = HttpProtocols.Http2));
await using var app = builder.Build();
app.MapGrpcService<HealthService>();
app.MapGrpcService<SecretsService>();
app.MapGrpcService<AuthService>();
await app.StartAsync();
try
{
    var headers = new List<KeyValuePair<string, string>>
    {
        new("Upgrade", "h2c"),
        new("Connection", "Upgrade"),
        new("X-Docker-Expose-Session-Uuid", options.SessionId),
        new("X-Docker-Expose-Session-Name", "containerize"),
        new("X-Docker-Expose-Session-Sharedkey", string.Empty),
    };
    foreach (var method in new[] { "/grpc.health.v1.Health/Check", "/moby.buildkit.secrets.v1.Secrets/GetSecret", "/moby.filesync.v1.Auth/Credentials" })
    {
        headers.Add(new("X-Docker-Expose-Session-Grpc-Method", method));
    }

    using var engine = await EngineHttp.SendAsync(EngineEndpoint.Resolve(options.Host), "POST", "/session", headers, null, CancellationToken.None);
    if (engine.Status != 101)
    {
        Console.Error.WriteLine($"The engine refused the session: HTTP {engine.Status} {await engine.ReadBodyAsync(CancellationToken.None)}");
        return 1;
    }

    using var local = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
    await local.ConnectAsync(new UnixDomainSocketEndPoint(socketPath));
    await using var server = new NetworkStream(local, ownsSocket: false);
    var upgraded = engine.Upgraded;
    var toServer = upgraded.CopyToAsync(server);
    var toEngine = server.CopyToAsync(upgraded);
    Console.Out.WriteLine("ready");
    Console.Out.Flush();

    // The build closes standard input when it is done (or dies): then the session ends.
    var stdinClosed = Task.Run(() => Console.In.ReadToEnd());
    await Task.WhenAny(stdinClosed, toServer, toEngine);
    return 0;
}
finally
{
    await app.StopAsync(TimeSpan.FromSeconds(2));
    File.Delete(socketPath);
}
