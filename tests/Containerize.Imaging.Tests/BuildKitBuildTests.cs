using System.Diagnostics;
using Containerize.Imaging;
using Containerize.Imaging.BuildKit;
using Containerize.Testing;

namespace Containerize.Imaging.Tests;

/// <summary>BuildKit builds through the Engine API on the real engine: progress, coded failures at the line, the session.</summary>
[TestClass]
public sealed class BuildKitBuildTests
{
    private const string Sdk = DockerEngine.Registry + "/sdk:10.0";

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public async Task Builds_with_buildkit_and_logs_a_step_per_instruction()
    {
        var (result, log, tag) = await BuildAsync("steps", $"FROM {Sdk} AS build\nENV GREETING=hello\nWORKDIR /src\nRUN --mount=type=cache,target=/cache echo $GREETING > /src/out.txt\nFROM {Sdk}\nCOPY --from=build --chmod=644 /src/out.txt /out.txt\n");
        try
        {
            Assert.IsTrue(result.Succeeded, log.Text);
            Assert.AreEqual(BuilderKind.BuildKit, result.Builder);
            StringAssert.StartsWith(result.ImageId, "sha256:");
            StringAssert.Contains(log.Text, "Step 4/6 : RUN --mount=type=cache,target=/cache echo hello > /src/out.txt", log.Text);
            StringAssert.Contains(log.Text, "Step 6/6 : COPY --from=build --chmod=644 /src/out.txt /out.txt", log.Text);
            Assert.AreEqual(0, log.Errors.Count, log.Text);
        }
        finally
        {
            Remove(tag);
        }
    }

    [TestMethod]
    public async Task A_failing_run_is_CTZ3002_at_its_line_with_its_output()
    {
        var (result, log, tag) = await BuildAsync("failing", $"FROM {Sdk}\nWORKDIR /w\nRUN echo first-line-of-output && echo the-last-words >&2 && exit 3\nRUN echo never\n");
        Assert.IsFalse(result.Succeeded);
        var error = log.Errors.Single();
        Assert.AreEqual(ImagingDiagnosticIds.RunFailed, error.Code, log.Text);
        Assert.AreEqual(3, error.Line);
        StringAssert.Contains(error.Message, "exit code: 3");
        StringAssert.Contains(error.Message, "the-last-words");
        Assert.AreNotEqual(0, ProcessRunner.Run("docker", $"image inspect {tag}").ExitCode, "a failed build tags nothing");
    }

    [TestMethod]
    public async Task A_secret_reaches_its_run_through_the_session_and_the_host_exits()
    {
        var secret = "s3cret-" + Guid.NewGuid().ToString("N");
        var secrets = new Dictionary<string, byte[]> { ["token"] = System.Text.Encoding.UTF8.GetBytes(secret) };
        var before = SessionHostProcesses();
        var (result, log, tag) = await BuildAsync("secret", $"FROM {Sdk}\nRUN --mount=type=secret,id=token test \"$(cat /run/secrets/token)\" = \"{secret}\" && echo secret-seen\n", secrets);
        try
        {
            Assert.IsTrue(result.Succeeded, log.Text);
            StringAssert.Contains(log.Text, "BuildKit session", log.Text);
            var history = ProcessRunner.Run("docker", $"history --no-trunc {tag}").Output;
            Assert.IsTrue(history.Contains("secret-seen"), history);
            Assert.IsTrue(SessionHostProcesses().Except(before).Count() == 0, "the session host is still running");
        }
        finally
        {
            Remove(tag);
        }
    }

    [TestMethod]
    public async Task The_engine_offers_buildkit()
    {
        var (offered, reason) = await BuilderProbe.OffersBuildKitAsync(EngineEndpoint.Resolve(), CancellationToken.None);
        DockerEngine.Require();
        Assert.IsTrue(offered, reason);
    }

    internal static async Task<(BuildResult Result, RecordingLog Log, string Tag)> BuildAsync(string name, string dockerfile, IDictionary<string, byte[]>? secrets = null)
    {
        DockerEngine.Require();
        var directory = Path.Combine(Path.GetTempPath(), "buildkit-imaging-" + name + "-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Dockerfile"), dockerfile);
        var tag = $"buildkit-imaging-{name}:{Guid.NewGuid():N}";
        var log = new RecordingLog();
        var request = new BuildRequest
        {
            ContextDirectory = directory,
            DockerfilePath = Path.Combine(directory, "Dockerfile"),
            Tags = new List<string> { tag },
            Builder = BuilderKind.BuildKit,
            Timeout = TimeSpan.FromMinutes(5),
            Secrets = secrets ?? new Dictionary<string, byte[]>(),
        };
        var result = await new ImageBuilder(log).BuildAsync(request, CancellationToken.None);
        Directory.Delete(directory, true);
        return (result, log, tag);
    }

    private static IEnumerable<int> SessionHostProcesses() =>
        Process.GetProcesses().Where(p =>
        {
            try
            {
                return File.ReadAllText($"/proc/{p.Id}/cmdline").Contains("Containerize.Session.dll");
            }
            catch (IOException)
            {
                return false;
            }
            catch (UnauthorizedAccessException)
            {
                return false;
            }
        }).Select(p => p.Id).ToList();

    private static void Remove(string tag) => ProcessRunner.Run("docker", $"image rm -f {tag}");
}
