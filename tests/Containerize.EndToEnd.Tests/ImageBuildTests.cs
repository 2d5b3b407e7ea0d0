using System.Net;
using System.Text.Json;
using Containerize.Testing;

namespace Containerize.EndToEnd.Tests;

/// <summary>dotnet publish -p:ContainerizeImage=true through the Docker Engine API (no docker CLI involved in the build).</summary>
[TestClass]
public sealed class ImageBuildTests
{
    [TestMethod]
    [DataRow("webapi", "src/WebApi/WebApi.csproj", "webapi", 8080, "Hello from a distroless container")]
    [DataRow("worker", "src/Worker/Worker.csproj", "worker", 0, "worker: processed item 3 of 3")]
    [DataRow("solution", "src/Api/Api.csproj", "api", 5080, "Hello, container!")]
    [DataRow("trimmed", "src/Trimmed/Trimmed.csproj", "trimmed", 0, "trimmed: 26 primes")]
    [DataRow("aot", "src/AotApp/AotApp.csproj", "aotapp", 0, "aot: fib(49) = 7778742049")]
    [DataRow("globalization", "src/Dates/Dates.csproj", "dates", 0, "de-DE: Dienstag, 24. Dezember 2024")]
    public void Publish_with_ContainerizeImage_builds_a_runnable_image(string sample, string project, string repository, int port, string expected)
    {
        DockerEngine.Require();
        var workspace = SampleWorkspace.Prepare(sample, project);
        workspace.ImageTag = repository + ":latest";
        var result = workspace.Dotnet("publish", null, "ContainerizeImage=true");
        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, "Containerize: image ");
        Assert.IsTrue(File.Exists(Path.Combine(Path.GetDirectoryName(workspace.ProjectPath)!, "obj", "Release", "net10.0", "containerize-image.json"))
            || Directory.GetFiles(Path.Combine(Path.GetDirectoryName(workspace.ProjectPath)!, "obj"), "containerize-image.json", SearchOption.AllDirectories).Length > 0);
        workspace.AssertRunsAsNonRootWithoutShell();
        if (port > 0)
        {
            var (status, body) = workspace.RunAndRequest(port, "/");
            Assert.AreEqual(HttpStatusCode.OK, status);
            StringAssert.Contains(body, expected);
        }
        else
        {
            StringAssert.Contains(workspace.RunToCompletion(), expected);
        }
    }

    [TestMethod]
    [DataRow("webapi", "src/WebApi/WebApi.csproj", "buildkit-webapi-classic", 8080, "Hello from a distroless container")]
    [DataRow("worker", "src/Worker/Worker.csproj", "buildkit-worker-classic", 0, "worker: processed item 3 of 3")]
    public void Publish_with_the_classic_builder_builds_a_runnable_image(string sample, string project, string repository, int port, string expected)
    {
        DockerEngine.Require();
        var workspace = SampleWorkspace.Prepare(sample, project);
        workspace.ImageTag = repository + ":latest";
        var result = workspace.Dotnet("publish", null, "ContainerizeImage=true", "ContainerizeBuilder=classic", "ContainerRepository=" + repository);
        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.DoesNotContain("--mount=", File.ReadAllText(workspace.DockerfilePath), "the classic form of the generated Dockerfile");
        if (port > 0)
        {
            var (status, body) = workspace.RunAndRequest(port, "/");
            Assert.AreEqual(HttpStatusCode.OK, status);
            StringAssert.Contains(body, expected);
        }
        else
        {
            StringAssert.Contains(workspace.RunToCompletion(), expected);
        }
    }

    [TestMethod]
    public void Wasteful_dockerfile_gets_layer_warnings_at_the_right_lines_and_sizes_match_docker_history()
    {
        DockerEngine.Require();
        var workspace = SampleWorkspace.Prepare("wasteful", "src/Wasteful/Wasteful.csproj");
        workspace.ImageTag = "wasteful:latest";
        Directory.CreateDirectory(Path.Combine(workspace.Root, "data"));
        var big = new byte[24_000_000];
        new Random(7).NextBytes(big);
        File.WriteAllBytes(Path.Combine(workspace.Root, "data", "big.bin"), big);

        var result = workspace.Dotnet("build", null, "ContainerizeGenerateDockerfile=false");
        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var image = ProcessRunner.Run("dotnet", $"build \"{workspace.ProjectPath}\" -nologo -t:ContainerizeImage", workspace.Root, new Dictionary<string, string> { ["ContainerizeImageRegistry"] = DockerEngine.Registry }, TimeSpan.FromMinutes(10));
        Assert.AreEqual(0, image.ExitCode, image.ToString());
        StringAssert.Contains(image.Output, "Dockerfile(9,1): warning CTZ4002", "the rm of the 24 MB file wastes it:\n" + image.Output);
        StringAssert.Contains(image.Output, "warning CTZ4003");

        var reportPath = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(workspace.ProjectPath)!, "obj"), "containerize-image.json", SearchOption.AllDirectories).Single();
        using var report = JsonDocument.Parse(File.ReadAllText(reportPath));
        var layers = report.RootElement.GetProperty("layers").EnumerateArray().ToList();
        var add = layers.Single(l => l.GetProperty("line").ValueKind == JsonValueKind.Number && l.GetProperty("line").GetInt32() == 8);
        Assert.AreEqual(24_000_000, add.GetProperty("size").GetInt64(), "ADD of the 24 MB file at line 8");
        var rm = layers.Single(l => l.GetProperty("line").ValueKind == JsonValueKind.Number && l.GetProperty("line").GetInt32() == 9);
        Assert.AreEqual(24_000_000, rm.GetProperty("wastedBytes").GetInt64(), "line 9 deletes it");
        var chown = layers.Single(l => l.GetProperty("line").ValueKind == JsonValueKind.Number && l.GetProperty("line").GetInt32() == 10);
        Assert.IsGreaterThan(0L, chown.GetProperty("wastedBytes").GetInt64(), "chown -R rewrites the app's files");

        // docker history (newest first) against our layers (oldest first): the same sizes.
        var history = DockerEngine.Docker("history --no-trunc --human=false --format \"{{.Size}}\" wasteful:latest").Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).Reverse().Where(s => s > 0).ToList();
        var ours = layers.Select(l => l.GetProperty("size").GetInt64()).Where(s => s > 0).ToList();
        Assert.HasCount(history.Count, ours, "non-empty layers");
        for (var i = 0; i < ours.Count; i++)
        {
            Assert.IsLessThanOrEqualTo(Math.Max(4096, history[i] / 100), Math.Abs(history[i] - ours[i]), $"layer {i}: docker history {history[i]} vs ours {ours[i]}");
        }
    }

    [TestMethod]
    public void A_failing_run_is_reported_at_its_line_with_its_output()
    {
        DockerEngine.Require();
        var workspace = SampleWorkspace.Prepare("wasteful", "src/Wasteful/Wasteful.csproj");
        workspace.ImageTag = "wasteful-fails:latest";
        File.WriteAllText(workspace.DockerfilePath, "FROM localhost:5000/dotnet/runtime:10.0\nWORKDIR /app\nRUN echo preparing && echo 'the tool is missing' >&2 && exit 3\nUSER 1654\n");
        var result = ProcessRunner.Run("dotnet", $"build \"{workspace.ProjectPath}\" -nologo -t:ContainerizeImage -p:ContainerRepository=wasteful-fails", workspace.Root, null, TimeSpan.FromMinutes(5));
        Assert.AreNotEqual(0, result.ExitCode);
        StringAssert.Contains(result.Output, "Dockerfile(3,1): error CTZ3002");
        StringAssert.Contains(result.Output, "the tool is missing");
        Assert.DoesNotContain("MSB4018", result.Output, "a coded error, not a crash");
    }

    [TestMethod]
    public void No_engine_answering_is_one_coded_error_naming_the_endpoint()
    {
        var workspace = SampleWorkspace.Prepare("worker", "src/Worker/Worker.csproj");
        var result = workspace.Dotnet("build", new Dictionary<string, string> { ["DOCKER_HOST"] = "unix:///tmp/containerize-no-engine.sock" }, "ContainerizeGenerateDockerfile=true");
        Assert.AreEqual(0, result.ExitCode, "the plain build needs no engine");
        var image = workspace.Dotnet("publish", new Dictionary<string, string> { ["DOCKER_HOST"] = "unix:///tmp/containerize-no-engine.sock" }, "ContainerizeImage=true");
        Assert.AreNotEqual(0, image.ExitCode);
        StringAssert.Contains(image.Output, "error CTZ3001");
        StringAssert.Contains(image.Output, "unix:///tmp/containerize-no-engine.sock");
        Assert.DoesNotContain("MSB4018", image.Output);
    }

    [TestMethod]
    public void Push_to_the_local_registry_lists_the_same_layers()
    {
        DockerEngine.Require();
        var workspace = SampleWorkspace.Prepare("worker", "src/Worker/Worker.csproj");
        var result = workspace.Dotnet("publish", null, "ContainerizeImage=true", "ContainerRegistry=localhost:5000", "ContainerRepository=e2e/worker", "ContainerImageTags=push-test", "ContainerizePush=true");
        Assert.AreEqual(0, result.ExitCode, result.ToString());
        StringAssert.Contains(result.Output, "pushed localhost:5000/e2e/worker:push-test");

        using var http = new HttpClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1:5000/v2/e2e/worker/manifests/push-test");
        request.Headers.Accept.ParseAdd("application/vnd.docker.distribution.manifest.v2+json");
        using var manifest = JsonDocument.Parse(http.Send(request).Content.ReadAsStringAsync().GetAwaiter().GetResult());
        var configDigest = manifest.RootElement.GetProperty("config").GetProperty("digest").GetString();
        using var config = JsonDocument.Parse(http.GetStringAsync($"http://127.0.0.1:5000/v2/e2e/worker/blobs/{configDigest}").GetAwaiter().GetResult());
        var pushed = config.RootElement.GetProperty("rootfs").GetProperty("diff_ids").EnumerateArray().Select(d => d.GetString()).ToList();
        var local = DockerEngine.Docker("image inspect -f \"{{join .RootFS.Layers \\\" \\\"}}\" localhost:5000/e2e/worker:push-test").Output.Trim().Split(' ').ToList();
        CollectionAssert.AreEqual(local, pushed);
        Assert.HasCount(pushed.Count, manifest.RootElement.GetProperty("layers").EnumerateArray().ToList());
    }
}
