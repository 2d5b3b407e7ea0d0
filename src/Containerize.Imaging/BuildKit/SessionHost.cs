using System.Diagnostics;
using System.Text.Json;

namespace Containerize.Imaging.BuildKit;

/// <summary>
/// The BuildKit session of one build, served by the session host process (Containerize.Session, shipped beside this
/// assembly): started before the build, told the secrets on its standard input, stopped (standard input closed, killed
/// if it lingers) when the build ends, so nothing is left running.
/// </summary>
internal sealed class SessionHost : IDisposable
{
    private readonly Process _process;

    private SessionHost(Process process, string id)
    {
        _process = process;
        Id = id;
    }

    public string Id { get; }

    /// <summary>The host's process id (tests check that it is gone after the build).</summary>
    public int ProcessId => _process.Id;

    public static string? HostAssembly()
    {
        // Beside the tasks (tasks/netstandard2.0/session), or one folder up when the tasks are the package's ReadyToRun
        // images (tasks/netstandard2.0/linux-x64).
        var here = Path.GetDirectoryName(typeof(SessionHost).Assembly.Location) ?? string.Empty;
        return new[] { Path.Combine(here, "session", "Containerize.Session.dll"), Path.Combine(here, "..", "session", "Containerize.Session.dll"), Path.Combine(here, "Containerize.Session.dll") }
            .Where(File.Exists).Select(Path.GetFullPath).FirstOrDefault();
    }

    /// <summary>Starts the host; throws <see cref="InvalidOperationException"/> with the reason when it does not come up.</summary>
    public static async Task<SessionHost> StartAsync(EngineEndpoint endpoint, IDictionary<string, byte[]> secrets, CancellationToken cancellationToken)
    {
        var assembly = HostAssembly() ?? throw new InvalidOperationException($"the session host (session/Containerize.Session.dll beside {typeof(SessionHost).Assembly.Location}) is missing; reinstall Containerize.Sdk");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
        var info = new ProcessStartInfo(dotnet, "\"" + assembly + "\"")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        var process = Process.Start(info) ?? throw new InvalidOperationException("the session host did not start");
        var id = "containerize-" + Guid.NewGuid().ToString("N");
        var options = new Dictionary<string, object?>
        {
            ["host"] = endpoint.Uri.ToString(),
            ["sessionId"] = id,
            ["secrets"] = secrets.ToDictionary(s => s.Key, s => Convert.ToBase64String(s.Value)),
            ["dockerConfig"] = Environment.GetEnvironmentVariable("DOCKER_CONFIG"),
        };
        try
        {
            await process.StandardInput.WriteLineAsync(JsonSerializer.Serialize(options)).ConfigureAwait(false);
            await process.StandardInput.FlushAsync().ConfigureAwait(false);
            var ready = process.StandardOutput.ReadLineAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            var finished = await Task.WhenAny(ready, Task.Delay(TimeSpan.FromSeconds(60), cancellationToken)).ConfigureAwait(false);
            if (finished != ready || await ready.ConfigureAwait(false) != "ready")
            {
                cancellationToken.ThrowIfCancellationRequested();
                Stop(process);
                var reason = stderr.IsCompleted ? (await stderr.ConfigureAwait(false)).Trim() : "no answer within 60 s";
                throw new InvalidOperationException($"the session host did not open the session ({(reason.Length > 0 ? reason : "it exited")})");
            }

            return new SessionHost(process, id);
        }
        catch
        {
            Stop(process);
            process.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Stop(_process);
        _process.Dispose();
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.StandardInput.Close();
                if (!process.WaitForExit(5000))
                {
                    process.Kill();
                    process.WaitForExit(5000);
                }
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            // Already gone.
        }
    }
}
