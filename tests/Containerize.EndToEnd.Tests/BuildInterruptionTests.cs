using System.Diagnostics;
using Containerize.Testing;

namespace Containerize.EndToEnd.Tests;

/// <summary>A build that times out, is cancelled with Ctrl+C, or loses its engine ends in one coded error, and the engine build stops too.</summary>
[TestClass]
public sealed class BuildInterruptionTests
{
    private const string SlowDockerfile = "FROM localhost:5000/dotnet/runtime:10.0\nRUN echo started && sleep 90\nUSER 1654\n";

    [TestMethod]
    [DataRow("classic")]
    [DataRow("buildkit")]
    public void Timeout_is_a_coded_error_at_the_running_step(string builder)
    {
        DockerEngine.Require();
        var repository = "slow-timeout-" + builder;
        var workspace = Slow(repository);
        var result = ProcessRunner.Run("dotnet", $"build \"{workspace.ProjectPath}\" -nologo -t:ContainerizeImage -p:ContainerRepository={repository} -p:ContainerizeBuildTimeout=8 -p:ContainerizeBuilder={builder}", workspace.Root, null, TimeSpan.FromMinutes(3));
        Assert.AreNotEqual(0, result.ExitCode);
        StringAssert.Contains(result.Output, "Dockerfile(2,1): error CTZ3005", result.ToString());
        AssertNoTagAndNoBuildContainer(repository);
    }

    [TestMethod]
    [DataRow("classic")]
    [DataRow("buildkit")]
    public void Ctrl_c_cancels_the_engine_build(string builder)
    {
        DockerEngine.Require();
        var repository = "slow-cancel-" + builder;
        var workspace = Slow(repository);
        var (exit, output) = RunUntil(workspace, repository, "Step 1/", () => Signal("INT"), builder);
        Assert.AreNotEqual(0, exit);
        StringAssert.Contains(output, "error CTZ3006", output);
        Assert.DoesNotContain("MSB4018", output);
        AssertNoTagAndNoBuildContainer(repository);
    }

    [TestMethod]
    public void Stopping_the_engine_mid_build_is_a_coded_error()
    {
        DockerEngine.Require();
        var workspace = Slow("slow-engine");
        try
        {
            var (exit, output) = RunUntil(workspace, "slow-engine", "Step 1/", () => ProcessRunner.Run("pkill", "-x dockerd"));
            Assert.AreNotEqual(0, exit);
            StringAssert.Contains(output, "Dockerfile(2,1): error CTZ3009", output);
            Assert.DoesNotContain("MSB4018", output);
        }
        finally
        {
            // Wait for the stopped daemon to exit (it shuts down for a few seconds), then start it again.
            ProcessResult? restart = null;
            for (var attempt = 0; attempt < 3 && restart?.ExitCode != 0; attempt++)
            {
                var deadline = DateTime.UtcNow.AddSeconds(60);
                while (DateTime.UtcNow < deadline && ProcessRunner.Run("bash", "-c \"pgrep -x dockerd | xargs -r ps -o stat= -p | grep -qv Z\"").ExitCode == 0)
                {
                    Thread.Sleep(500);
                }

                restart = ProcessRunner.Run("bash", "build/infra/start-docker.sh", timeout: TimeSpan.FromMinutes(3));
            }

            // The killed daemon leaves its RUN step's container running (sleep 90) with the bridge address it had; the
            // new daemon knows nothing of it and hands the same address to the next container, whose published port
            // then reaches the orphan and is reset. End the orphan so later tests get a working address.
            ProcessRunner.Run("pkill", "-x -f \"sleep 90\"");

            Assert.AreEqual(0, restart!.ExitCode, "the engine must come back for the other tests:\n" + restart);
        }
    }

    private static SampleWorkspace Slow(string name)
    {
        var workspace = SampleWorkspace.Prepare("wasteful", "src/Wasteful/Wasteful.csproj");
        File.WriteAllText(workspace.DockerfilePath, SlowDockerfile);
        DockerEngine.Docker($"rmi -f {name}:latest");
        return workspace;
    }

    private static Process? _running;

    private static void Signal(string signal) => ProcessRunner.Run("kill", $"-s {signal} {_running!.Id}");

    /// <summary>Starts the image build, waits for a line of its output, runs the interruption, and waits for the build to end.</summary>
    private static (int Exit, string Output) RunUntil(SampleWorkspace workspace, string repository, string marker, Action interrupt, string builder = "auto")
    {
        var info = new ProcessStartInfo("dotnet", $"build \"{workspace.ProjectPath}\" -nologo -v:n -t:ContainerizeImage -p:ContainerRepository={repository} -p:ContainerizeBuilder={builder}")
        {
            WorkingDirectory = workspace.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        var output = new System.Text.StringBuilder();
        var seen = new ManualResetEventSlim();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (e.Data.Contains(marker))
            {
                seen.Set();
            }
        };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
        process.Start();
        _running = process;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Assert.IsTrue(seen.Wait(TimeSpan.FromMinutes(3)), "the build never reached its slow step:\n" + output);
        Thread.Sleep(2000);
        interrupt();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail("the build did not stop after the interruption:\n" + output);
        }

        process.WaitForExit();
        lock (output)
        {
            return (process.ExitCode, output.ToString());
        }
    }

    private static void AssertNoTagAndNoBuildContainer(string repository)
    {
        Assert.AreNotEqual(0, DockerEngine.Docker($"image inspect {repository}:latest").ExitCode, "nothing may be tagged after an interrupted build");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string running;
        do
        {
            // The classic builder runs a step in a container; BuildKit runs it in its own runc container, which
            // docker ps does not list: its process is on the host.
            running = DockerEngine.Docker("ps --no-trunc --format \"{{.Command}}\"").Output
                + ProcessRunner.Run("ps", "-eo args").Output.Split('\n').Where(l => l.StartsWith("sleep 90", StringComparison.Ordinal)).Aggregate(string.Empty, (a, l) => a + l + "\n");
            if (!running.Contains("sleep 90"))
            {
                return;
            }

            Thread.Sleep(1000);
        }
        while (DateTime.UtcNow < deadline);
        Assert.Fail("the engine kept running the interrupted build step:\n" + running);
    }
}
