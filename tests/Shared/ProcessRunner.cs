using System.Diagnostics;
using System.Text;

namespace Containerize.Testing;

/// <summary>The result of a finished process.</summary>
internal sealed record ProcessResult(int ExitCode, string Output, string Error, TimeSpan Elapsed)
{
    public string All => Output + Error;

    public override string ToString() => $"exit {ExitCode} after {Elapsed.TotalSeconds:F1}s\n--- stdout\n{Tail(Output)}\n--- stderr\n{Tail(Error)}";

    private static string Tail(string text) => text.Length > 6000 ? "…" + text.Substring(text.Length - 6000) : text;
}

/// <summary>Runs real commands (dotnet, docker) the way a user would, capturing their output.</summary>
internal static class ProcessRunner
{
    public static ProcessResult Run(string fileName, string arguments, string? workingDirectory = null, IDictionary<string, string>? environment = null, TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? TestPaths.RepoRoot,
        };
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        if (environment is not null)
        {
            foreach (var (key, value) in environment)
            {
                info.Environment[key] = value;
            }
        }

        var output = new StringBuilder();
        var error = new StringBuilder();
        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.Append(e.Data).Append('\n'); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (error) { error.Append(e.Data).Append('\n'); } } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit((int)(timeout ?? TimeSpan.FromMinutes(10)).TotalMilliseconds))
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
            }

            return new ProcessResult(-1, output.ToString(), error + $"\n(timed out: {fileName} {arguments})", watch.Elapsed);
        }

        process.WaitForExit();
        return new ProcessResult(process.ExitCode, output.ToString(), error.ToString(), watch.Elapsed);
    }
}
