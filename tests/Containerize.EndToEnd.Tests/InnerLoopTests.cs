using System.Net;
using System.Text.Json;
using Containerize.Testing;

namespace Containerize.EndToEnd.Tests;

/// <summary>
/// The fast inner loop: after a code change, dotnet publish -p:ContainerizeImage=true builds only the Dockerfile's final
/// stage, from the host's publish output, and the image has the same base, layering and config as the full build.
/// </summary>
[TestClass]
public sealed class InnerLoopTests
{
    private const string Repository = "inner-loop-e2e/webapi";

    [TestMethod]
    public void A_code_change_builds_the_final_stage_from_this_publish_with_the_full_builds_config()
    {
        DockerEngine.Require();
        var workspace = SampleWorkspace.Prepare("webapi", "src/WebApi/WebApi.csproj", "inner-loop-webapi");
        var full = workspace.Dotnet("publish", null, "ContainerizeImage=true", "ContainerizeInnerLoop=false", "ContainerRepository=" + Repository, "ContainerImageTags=full");
        Assert.AreEqual(0, full.ExitCode, full.ToString());
        Assert.DoesNotContain("no second compile", full.Output, "ContainerizeInnerLoop=false builds the whole Dockerfile");

        File.AppendAllText(Path.Combine(workspace.Root, "src", "WebApi", "Program.cs"), "\nstatic class InnerLoopChange { public const int Value = 42; }\n");
        var fast = workspace.Dotnet("publish", null, "ContainerizeImage=true", "ContainerRepository=" + Repository, "ContainerImageTags=fast");
        Assert.AreEqual(0, fast.ExitCode, fast.ToString());
        StringAssert.Contains(fast.Output, "from this publish's output", fast.Output);
        Assert.DoesNotContain("building the whole Dockerfile", fast.Output);

        // The same config, word for word, and the same layering: the base image's layers, then one layer per COPY.
        foreach (var field in new[] { "Env", "User", "Entrypoint", "Cmd", "WorkingDir", "ExposedPorts", "Labels" })
        {
            Assert.AreEqual(Inspect(Repository + ":full", ".Config." + field), Inspect(Repository + ":fast", ".Config." + field), field);
        }

        var fullLayers = Layers(Repository + ":full");
        var fastLayers = Layers(Repository + ":fast");
        Assert.HasCount(fullLayers.Count, fastLayers);
        // The generated FROM takes the images' registry from a build argument, which the image build passes.
        var baseImage = File.ReadAllLines(workspace.DockerfilePath).Last(l => l.StartsWith("FROM ", StringComparison.Ordinal)).Split(' ')[1]
            .Replace("${" + SampleWorkspace.RegistryArgument + "}", DockerEngine.Registry, StringComparison.Ordinal);
        var baseLayers = Layers(baseImage);
        CollectionAssert.AreEqual(baseLayers, fastLayers.Take(baseLayers.Count).ToList(), "the same base image");
        CollectionAssert.AreEqual(baseLayers, fullLayers.Take(baseLayers.Count).ToList());
        Assert.AreNotEqual(fullLayers[^1], fastLayers[^1], "the app layer holds the new code");

        // The layer report (read from the layer folders, not a save of the image) matches docker history.
        var report = ReportOf(workspace);
        var history = DockerEngine.Docker($"history --no-trunc --human=false --format \"{{{{.Size}}}}\" {Repository}:fast").Output
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(long.Parse).Reverse().ToList();
        var ours = report.RootElement.GetProperty("layers").EnumerateArray().ToList();
        Assert.HasCount(fastLayers.Count, ours);
        var nonEmptyHistory = history.Where(s => s > 0).ToList();
        var nonEmptyOurs = ours.Select(l => l.GetProperty("size").GetInt64()).Where(s => s > 0).ToList();
        Assert.HasCount(nonEmptyHistory.Count, nonEmptyOurs);
        for (var i = 0; i < nonEmptyOurs.Count; i++)
        {
            Assert.IsLessThanOrEqualTo(Math.Max(4096, nonEmptyHistory[i] / 100), Math.Abs(nonEmptyHistory[i] - nonEmptyOurs[i]), $"layer {i}");
        }

        var app = ours.Last();
        Assert.AreEqual(JsonValueKind.Number, app.GetProperty("line").ValueKind, "the app layer maps to its COPY line");
        StringAssert.StartsWith(app.GetProperty("instruction").GetString(), "COPY --from=build", "the report names the Dockerfile's own instruction");

        workspace.ImageTag = Repository + ":fast";
        workspace.AssertRunsAsNonRootWithoutShell();
        var (status, body) = workspace.RunAndRequest(8080, "/");
        Assert.AreEqual(HttpStatusCode.OK, status);
        StringAssert.Contains(body, "Hello from a distroless container");
    }

    [TestMethod]
    public void A_publish_the_container_would_not_make_builds_the_whole_dockerfile_and_says_why()
    {
        DockerEngine.Require();
        var workspace = SampleWorkspace.Prepare("worker", "src/Worker/Worker.csproj", "inner-loop-worker");
        var debug = workspace.Dotnet("publish", null, "ContainerizeImage=true", "Configuration=Debug", "ContainerRepository=inner-loop-e2e/worker", "ContainerImageTags=debug");
        Assert.AreEqual(0, debug.ExitCode, debug.ToString());
        StringAssert.Contains(debug.Output, "CTZ2040");
        StringAssert.Contains(debug.Output, "building the whole Dockerfile, not the final stage from this publish: this publish is Debug, the container publishes ContainerizeConfiguration 'Release'");
        workspace.ImageTag = "inner-loop-e2e/worker:debug";
        StringAssert.Contains(workspace.RunToCompletion(), "worker: processed item 3 of 3");
    }

    [TestMethod]
    public void A_bad_ContainerizeInnerLoop_value_is_one_coded_error()
    {
        var workspace = SampleWorkspace.Prepare("worker", "src/Worker/Worker.csproj", "inner-loop-worker-bad");
        var result = workspace.Dotnet("publish", null, "ContainerizeImage=true", "ContainerizeInnerLoop=sometimes");
        Assert.AreNotEqual(0, result.ExitCode);
        StringAssert.Contains(result.Output, "error CTZ2041");
        StringAssert.Contains(result.Output, "'sometimes'");
        Assert.DoesNotContain("Containerize: building", result.Output, "no image build starts");
    }

    private static JsonDocument ReportOf(SampleWorkspace workspace)
    {
        var path = Directory.GetFiles(Path.Combine(Path.GetDirectoryName(workspace.ProjectPath)!, "obj"), "containerize-image.json", SearchOption.AllDirectories).Single();
        return JsonDocument.Parse(File.ReadAllText(path));
    }

    private static string Inspect(string image, string field)
    {
        var result = DockerEngine.Docker($"image inspect -f \"{{{{json {field}}}}}\" {image}");
        Assert.AreEqual(0, result.ExitCode, result.ToString());
        return result.Output.Trim();
    }

    private static List<string> Layers(string image) =>
        Inspect(image, ".RootFS.Layers").Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries).ToList();
}
