using Containerize.Testing;

namespace Containerize.EndToEnd.Tests;

/// <summary>A code-only change must reuse the restore layer and replace only the app layer.</summary>
[TestClass]
public sealed class LayerReuseTests
{
    [TestMethod]
    public void Code_only_change_reuses_restore_and_replaces_only_the_app_layer()
    {
        DockerEngine.Require();
        var workspace = SampleWorkspace.Prepare("solution", "src/Api/Api.csproj");
        workspace.Build(SampleWorkspace.ClassicDockerfile);
        workspace.DockerBuild();
        var before = workspace.Layers();
        var dockerfileWritten = File.GetLastWriteTimeUtc(workspace.DockerfilePath);

        var program = Path.Combine(workspace.Root, "src", "Api", "Program.cs");
        File.AppendAllText(program, "\n// a code-only change\n");
        workspace.Build(SampleWorkspace.ClassicDockerfile);
        Assert.AreEqual(dockerfileWritten, File.GetLastWriteTimeUtc(workspace.DockerfilePath), "a code change must not rewrite the Dockerfile");

        var rebuild = workspace.DockerBuild();
        var after = workspace.Layers();

        // The classic builder prints each step followed by "Using cache" when it reuses it.
        var restoreStep = StepOutput(rebuild.Output, "RUN dotnet restore");
        StringAssert.Contains(restoreStep, "Using cache", "the restore step ran again:\n" + restoreStep);

        Assert.HasCount(before.Count, after);
        CollectionAssert.AreEqual(before.Take(before.Count - 1).ToList(), after.Take(after.Count - 1).ToList(), "only the last (app) layer may change");
        Assert.AreNotEqual(before[^1], after[^1], "the app layer must change with the code");
    }

    [TestMethod]
    public void Build_without_changes_does_not_rewrite_the_dockerfile()
    {
        var workspace = SampleWorkspace.Prepare("worker", "src/Worker/Worker.csproj");
        workspace.Build();
        var written = File.GetLastWriteTimeUtc(workspace.DockerfilePath);
        Thread.Sleep(1100);
        var second = workspace.Build("ContainerizeGenerateDockerfile=true");
        Assert.AreEqual(written, File.GetLastWriteTimeUtc(workspace.DockerfilePath));
        Assert.DoesNotContain("CTZ", second.Output);
    }

    [TestMethod]
    public void A_dockerfile_without_the_marker_is_never_overwritten()
    {
        var workspace = SampleWorkspace.Prepare("worker", "src/Worker/Worker.csproj");
        const string mine = "FROM localhost:5000/dotnet/runtime:10.0-noble-chiseled\nCOPY bin/ /app/\nENTRYPOINT [\"dotnet\", \"/app/Worker.dll\"]\n";
        File.WriteAllText(workspace.DockerfilePath, mine);
        var result = workspace.Build();
        Assert.AreEqual(mine, File.ReadAllText(workspace.DockerfilePath));
        StringAssert.Contains(result.Output, "CTZ2004");
    }

    private static string StepOutput(string output, string instructionStart)
    {
        var start = output.IndexOf(" : " + instructionStart, StringComparison.Ordinal);
        Assert.IsGreaterThanOrEqualTo(0, start, "no step starting with " + instructionStart + " in:\n" + output);
        var next = output.IndexOf("\nStep ", start, StringComparison.Ordinal);
        return next < 0 ? output.Substring(start) : output.Substring(start, next - start);
    }
}
