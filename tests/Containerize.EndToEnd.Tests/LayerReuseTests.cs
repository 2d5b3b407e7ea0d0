using Containerize.Testing;

namespace Containerize.EndToEnd.Tests;

/// <summary>A code-only change must reuse the restore layer and replace only the app layer; the SDK never rewrites what it need not.</summary>
[TestClass]
public sealed class LayerReuseTests
{
    /// <summary>The app layer a code-only change replaces stays under this (a few kB of assemblies and pdbs in practice).</summary>
    private const long AppLayerLimit = 1_000_000;

    [TestMethod]
    [DynamicData(nameof(Samples.Names), typeof(Samples))]
    public void Code_only_change_reuses_restore_and_replaces_exactly_one_layer_holding_only_the_apps_own_output(string name)
    {
        var sample = Samples.Get(name);
        var build = SampleBuild.Of(sample);
        var change = build.Change;
        Assert.IsFalse(change.DockerfileRewritten, "a code change must not rewrite the Dockerfile");

        // The classic builder prints each step followed by "Using cache" when it reuses it.
        var restoreStep = StepOutput(change.Rebuild.Output, "RUN dotnet restore");
        StringAssert.Contains(restoreStep, "Using cache", "the restore step ran again:\n" + restoreStep);

        Assert.HasCount(change.Before.Count, change.After);
        Assert.HasCount(1, change.ChangedLayers, $"layers that changed: {string.Join(", ", change.ChangedLayers)} of {change.After.Count}");
        Assert.AreEqual(change.After.Count - 1, change.ChangedLayers[0], "only the last (app) layer may change");

        // The changed layer holds the app's own output only: no file restore took from a package, no output of a
        // project reference, no static web content (all judged from the host's own restore, not from our split).
        var host = ProjectAssets.Read(build.HostAssetsPath);
        var packageFiles = host.Libraries.Values.Where(l => l.Type == "package")
            .SelectMany(l => l.Files)
            .Where(f => f.StartsWith("lib/", StringComparison.Ordinal) || f.StartsWith("runtimes/", StringComparison.Ordinal) || f.StartsWith("staticwebassets/", StringComparison.Ordinal) || f.StartsWith("_framework/", StringComparison.Ordinal))
            .Select(Path.GetFileName)
            .Where(f => f is not null and not "_._")
            .ToHashSet(StringComparer.Ordinal);
        var referenceFiles = host.Libraries.Where(l => l.Value.Type == "project")
            .Select(l => l.Key.Split('/')[0])
            .SelectMany(n => new[] { n + ".dll", n + ".pdb", n + ".xml" })
            .ToHashSet(StringComparer.Ordinal);
        var files = change.ChangedLayerFiles;
        Assert.IsNotEmpty(files, "the changed layer is empty");
        foreach (var (path, _) in files)
        {
            Assert.IsTrue(path.StartsWith("app/", StringComparison.Ordinal), $"{path} is outside /app");
            var file = Path.GetFileName(path);
            Assert.IsFalse(packageFiles.Contains(file), $"{path} came from a package (host project.assets.json)");
            Assert.IsFalse(referenceFiles.Contains(file), $"{path} is a project reference's output");
            Assert.IsFalse(path.StartsWith("app/wwwroot/lib/", StringComparison.Ordinal) || path.StartsWith("app/wwwroot/_content/", StringComparison.Ordinal) || path.StartsWith("app/wwwroot/_framework/", StringComparison.Ordinal), $"{path} is static web content");
        }

        Assert.IsTrue(files.Any(f => f.Path == $"app/{sample.AssemblyName}.dll" || f.Path == $"app/{sample.AssemblyName}"), $"the app's own assembly is not in the changed layer:\n{string.Join("\n", files.Select(f => f.Path))}");
        var size = files.Sum(f => f.Size);
        var split = change.Rebuild.Output.Split('\n').FirstOrDefault(l => l.Contains("Containerize: layers", StringComparison.Ordinal))?.Trim() ?? "(no layer split message)";
        Console.WriteLine($"{name}: a code-only change replaces 1 layer of {size} bytes in {files.Count} file(s): {string.Join(", ", files.Select(f => f.Path.Substring(4)))}. {split}");
        if (sample.Name != "aot")
        {
            // Native AOT's own output is one native executable: all of it is the app's, whatever its size.
            Assert.IsLessThan(AppLayerLimit, size, $"the app layer is {size} bytes");
        }
    }

    [TestMethod]
    public void A_change_under_tests_or_docs_rebuilds_nothing()
    {
        // The monorepo has tests/ and docs/ beside src/, as real repositories do: the source stage copies the build's inputs only.
        var build = SampleBuild.Of(Samples.Get("monorepo"));
        var rebuild = build.UnrelatedChangeRebuild;
        var publish = StepOutput(rebuild.Output, "RUN dotnet publish");
        StringAssert.Contains(publish, "Using cache", "the publish step ran again after edits under tests/ and docs/:\n" + publish);
        CollectionAssert.AreEqual(build.Workspace.Layers(build.LatestTag).ToList(), build.Workspace.Layers(build.UnrelatedChangeTag).ToList());
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
