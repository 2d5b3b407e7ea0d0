using System.Net;
using System.Text.Json;
using Containerize.Testing;

namespace Containerize.EndToEnd.Tests;

/// <summary>
/// The samples through dotnet publish -p:ContainerizeImage=true with DOCKER_HOST at Podman's Docker-compatible API
/// (rootful podman system service, no BuildKit): the image runs under Podman and its layer report matches podman history.
/// </summary>
[TestClass]
public sealed class PodmanTests
{
    [TestMethod]
    [DataRow("webapi", "src/WebApi/WebApi.csproj", "webapi", 8080, "Hello from a distroless container", true)]
    [DataRow("worker", "src/Worker/Worker.csproj", "worker", 0, "worker: processed item 3 of 3", true)]
    [DataRow("solution", "src/Api/Api.csproj", "api", 5080, "Hello, container!", true)]
    [DataRow("trimmed", "src/Trimmed/Trimmed.csproj", "trimmed", 0, "trimmed: 26 primes", true)]
    [DataRow("worker", "src/Worker/Worker.csproj", "worker-full", 0, "worker: processed item 3 of 3", false)]
    public void A_sample_builds_and_runs_on_podman(string sample, string project, string repository, int port, string expected, bool innerLoop)
    {
        PodmanEngine.Require();
        var workspace = SampleWorkspace.Prepare(sample, project, "inner-loop-podman-" + repository);
        var image = "docker.io/inner-loop-podman/" + repository + ":latest";
        var result = workspace.Dotnet("publish", new Dictionary<string, string> { ["DOCKER_HOST"] = PodmanEngine.DockerHost },
            "ContainerizeImage=true", "ContainerizeInnerLoop=" + (innerLoop ? "true" : "false"), "ContainerRepository=inner-loop-podman/" + repository, "ContainerImageTags=latest");
        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.AreEqual(0, PodmanEngine.Podman($"image exists {image}").ExitCode, $"{image} is in Podman's store");
        StringAssert.Contains(result.Output, "Containerize: image ");
        Assert.AreEqual(innerLoop, result.Output.Contains("from this publish's output", StringComparison.Ordinal), result.Output);

        // The layer report against podman history (newest first; Podman counts each layer's tar bytes).
        var reportPath = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(workspace.ProjectPath)!, "obj"), "containerize-image.json", SearchOption.AllDirectories).Single();
        using var report = JsonDocument.Parse(File.ReadAllText(reportPath));
        var layers = report.RootElement.GetProperty("layers").EnumerateArray().ToList();
        var diffIds = JsonSerializer.Deserialize<string[]>(PodmanEngine.Podman($"image inspect --format \"{{{{json .RootFS.Layers}}}}\" {image}").Output.Trim())!;
        CollectionAssert.AreEqual(diffIds, layers.Select(l => l.GetProperty("digest").GetString()).ToArray(), "one report row per layer, in order");
        // podman history prints sizes for people; the API's history has the bytes.
        var api = ProcessRunner.Run("curl", $"-fsS --unix-socket {PodmanEngine.Socket} http://d/v1.41/images/{image}/history");
        Assert.AreEqual(0, api.ExitCode, api.ToString());
        using var entries = JsonDocument.Parse(api.Output);
        var history = entries.RootElement.EnumerateArray().Select(e => e.GetProperty("Size").GetInt64()).Reverse().Where(s => s > 0).ToList();
        Assert.HasCount(layers.Count, history, "every layer has its history entry");
        for (var i = 0; i < layers.Count; i++)
        {
            var ours = layers[i].GetProperty("size").GetInt64();
            var files = layers[i].GetProperty("files").GetInt32();
            Assert.IsTrue(ours <= history[i] && history[i] <= ours + ((files + 64) * 1536L) + (ours / 50), $"layer {i}: podman history {history[i]} tar bytes vs ours {ours} file bytes in {files} files");
        }

        Assert.IsTrue(layers.Last().GetProperty("line").ValueKind == JsonValueKind.Number, "the app layer maps to its Dockerfile line");
        if (port > 0)
        {
            var (status, body) = RunAndRequest(image, repository, port);
            Assert.AreEqual(HttpStatusCode.OK, status);
            StringAssert.Contains(body, expected);
        }
        else
        {
            var run = PodmanEngine.Podman($"run --rm {image}", TimeSpan.FromMinutes(2));
            Assert.AreEqual(0, run.ExitCode, run.ToString());
            StringAssert.Contains(run.Output, expected);
        }
    }

    [TestMethod]
    public void A_base_image_podman_does_not_have_is_CTZ3030_at_the_dockerfiles_from_line()
    {
        PodmanEngine.Require();
        var workspace = SampleWorkspace.Prepare("worker", "src/Worker/Worker.csproj", "inner-loop-podman-missing");
        var result = workspace.Dotnet("publish", new Dictionary<string, string> { ["DOCKER_HOST"] = PodmanEngine.DockerHost },
            "ContainerizeImage=true", "ContainerizeBaseImage=localhost:5000/dotnet/runtime:inner-loop-not-there", "ContainerRepository=inner-loop-podman/missing");
        Assert.AreNotEqual(0, result.ExitCode);
        var from = File.ReadAllLines(workspace.DockerfilePath).Select((l, i) => (l, i + 1)).Last(x => x.l.StartsWith("FROM ", StringComparison.Ordinal)).Item2;
        StringAssert.Contains(result.Output, $"Dockerfile({from},1): error CTZ3030", "at the original Dockerfile's FROM line:\n" + result.Output);
        StringAssert.Contains(result.Output, "inner-loop-not-there");
        Assert.DoesNotContain("MSB4018", result.Output);
    }

    private static (HttpStatusCode Status, string Body) RunAndRequest(string image, string repository, int containerPort)
    {
        var name = "inner-loop-podman-" + repository;
        PodmanEngine.Podman($"rm -f {name}");
        var run = PodmanEngine.Podman($"run -d --name {name} -p 127.0.0.1::{containerPort} {image}");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        try
        {
            var port = PodmanEngine.Podman($"port {name} {containerPort}/tcp").Output.Trim().Split('\n')[0].Split(':').Last();
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (true)
            {
                try
                {
                    using var response = http.GetAsync($"http://127.0.0.1:{port}/").GetAwaiter().GetResult();
                    return (response.StatusCode, response.Content.ReadAsStringAsync().GetAwaiter().GetResult());
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && DateTime.UtcNow < deadline)
                {
                    Thread.Sleep(250);
                }
            }
        }
        finally
        {
            Console.WriteLine(PodmanEngine.Podman($"logs {name}").All);
            PodmanEngine.Podman($"rm -f {name}");
        }
    }
}
