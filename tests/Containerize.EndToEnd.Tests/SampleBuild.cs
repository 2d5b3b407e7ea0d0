using System.Collections.Concurrent;
using Containerize.Testing;

namespace Containerize.EndToEnd.Tests;

/// <summary>
/// One sample taken through what a user does, once per test run, in steps that tests share (the machine has two
/// cores): the host's <c>dotnet build</c>, the image build, a code-only change and its rebuild, the image path
/// (<c>dotnet publish -p:ContainerizeImage=true</c>), and the container's restore output. A step that fails fails
/// every test that needs it, with its own message.
/// </summary>
internal sealed class SampleBuild
{
    private static readonly ConcurrentDictionary<string, SampleBuild> Builds = new(StringComparer.Ordinal);

    private readonly Lazy<ProcessResult> _hostBuild;
    private readonly Lazy<ProcessResult> _imageBuild;
    private readonly Lazy<CodeChange> _codeChange;
    private readonly Lazy<string> _publishedImage;
    private readonly Lazy<string> _containerAssets;
    private readonly Lazy<ProcessResult> _unrelatedChange;

    private SampleBuild(Sample sample)
    {
        Sample = sample;
        Workspace = SampleWorkspace.Prepare(sample.Name, sample.Project, sample.Name + "-sample");
        var repository = $"{SampleWorkspace.Prefix}-e2e/{sample.Name}-sample";
        FirstTag = repository + ":first";
        LatestTag = repository + ":latest";
        BuildStageTag = repository + ":build-stage";
        PublishedRepository = $"{SampleWorkspace.Prefix}-e2e/{sample.Name}-published";
        _hostBuild = new Lazy<ProcessResult>(() => Workspace.Build(SampleWorkspace.ClassicDockerfile));
        _imageBuild = new Lazy<ProcessResult>(BuildFirstImage);
        _codeChange = new Lazy<CodeChange>(ChangeCode);
        _publishedImage = new Lazy<string>(Publish);
        _containerAssets = new Lazy<string>(CopyContainerAssets);
        _unrelatedChange = new Lazy<ProcessResult>(ChangeTestsAndDocs);
    }

    public Sample Sample { get; }

    public SampleWorkspace Workspace { get; }

    /// <summary>The image as first built.</summary>
    public string FirstTag { get; }

    /// <summary>The image after the code-only change.</summary>
    public string LatestTag { get; }

    public string BuildStageTag { get; }

    public string PublishedRepository { get; }

    /// <summary>The host's <c>dotnet build</c> with nothing but the SDK line (it restores, and writes the Dockerfile).</summary>
    public ProcessResult HostBuild => _hostBuild.Value;

    /// <summary><c>docker build</c> of the generated Dockerfile at its context, tagged <see cref="FirstTag"/>.</summary>
    public ProcessResult ImageBuild => _imageBuild.Value;

    public CodeChange Change => _codeChange.Value;

    /// <summary>The ID of the image <c>dotnet publish -p:ContainerizeImage=true</c> built after the code change.</summary>
    public string PublishedImageId => _publishedImage.Value;

    /// <summary>The container's obj/project.assets.json, copied out of the build stage.</summary>
    public string ContainerAssetsPath => _containerAssets.Value;

    /// <summary>The image rebuilt (tagged <see cref="UnrelatedChangeTag"/>) after edits under tests/ and docs/ only, following the code change.</summary>
    public ProcessResult UnrelatedChangeRebuild => _unrelatedChange.Value;

    public string UnrelatedChangeTag => LatestTag.Replace(":latest", ":tests-docs", StringComparison.Ordinal);

    public string HostAssetsPath => Path.Combine(Workspace.ProjectDirectory, "obj", "project.assets.json");

    public static SampleBuild Of(Sample sample)
    {
        DockerEngine.Require();
        return Builds.GetOrAdd(sample.Name, _ => new SampleBuild(sample));
    }

    private ProcessResult BuildFirstImage()
    {
        _ = HostBuild;
        return Workspace.DockerBuild(FirstTag);
    }

    private CodeChange ChangeCode()
    {
        _ = ImageBuild;
        var before = Workspace.Layers(FirstTag);
        var dockerfileWritten = File.GetLastWriteTimeUtc(Workspace.DockerfilePath);
        File.AppendAllText(Path.Combine(Workspace.Root, Sample.CodeFile), "\n// a code-only change\n");
        Workspace.Build(SampleWorkspace.ClassicDockerfile);
        var rewritten = File.GetLastWriteTimeUtc(Workspace.DockerfilePath) != dockerfileWritten;
        var rebuild = Workspace.DockerBuild(LatestTag);
        var after = Workspace.Layers(LatestTag);
        var changed = Enumerable.Range(0, Math.Max(before.Count, after.Count))
            .Where(i => i >= before.Count || i >= after.Count || before[i] != after[i])
            .ToList();
        var files = changed.Count == 1 && changed[0] < after.Count ? Workspace.LayerFiles(changed[0], LatestTag) : Array.Empty<(string, long)>();
        return new CodeChange(before, after, changed, files, rebuild, rewritten);
    }

    private string Publish()
    {
        _ = Change;
        // The whole Dockerfile (not the inner loop's final stage from the host's output), in the classic form and builder as
        // docker build above used them, so the two images can be compared by ID. InnerLoopTests cover the fast path.
        var result = Workspace.Dotnet("publish", null, SampleWorkspace.ClassicDockerfile, "ContainerizeBuilder=classic", "ContainerizeInnerLoop=false", "ContainerizeImage=true", "ContainerRepository=" + PublishedRepository, "ContainerImageTags=latest");
        Assert.AreEqual(0, result.ExitCode, "dotnet publish -p:ContainerizeImage=true failed:\n" + result);
        StringAssert.Contains(result.Output, "Containerize: image ");
        Assert.IsNotEmpty(Directory.GetFiles(Path.Combine(Workspace.ProjectDirectory, "obj"), "containerize-image.json", SearchOption.AllDirectories), "no image report");
        return Workspace.ImageId(PublishedRepository + ":latest");
    }

    private ProcessResult ChangeTestsAndDocs()
    {
        _ = Change;
        foreach (var folder in new[] { "tests", "docs" })
        {
            var file = Directory.GetFiles(Path.Combine(Workspace.Root, folder), "*", SearchOption.AllDirectories).First(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal));
            File.AppendAllText(file, "\n// an edit outside the build's inputs\n");
        }

        return Workspace.DockerBuild(UnrelatedChangeTag);
    }

    private string CopyContainerAssets()
    {
        _ = HostBuild;
        var generated = File.Exists(Workspace.DockerfilePath) && File.ReadAllText(Workspace.DockerfilePath).StartsWith("# Generated by Containerize.Sdk", StringComparison.Ordinal);
        Workspace.DockerBuild(BuildStageTag, target: "build", nothingOfOurs: generated);
        var workdir = DockerEngine.Docker($"image inspect -f \"{{{{.Config.WorkingDir}}}}\" {BuildStageTag}").Output.Trim();
        var context = generated ? Workspace.ContextDirectory() : Workspace.Root;
        var relative = Path.GetRelativePath(context, Workspace.ProjectDirectory).Replace('\\', '/');
        var destination = Path.Combine(Path.GetDirectoryName(Workspace.Root)!, Sample.Name + "-container.assets.json");
        Workspace.CopyFromImage(BuildStageTag, $"{workdir.TrimEnd('/')}/{relative}/obj/project.assets.json", destination);
        return destination;
    }

    /// <summary>What a code-only change did to the image: the layers before and after, which changed, and the changed layer's files.</summary>
    internal sealed record CodeChange(
        IReadOnlyList<string> Before,
        IReadOnlyList<string> After,
        IReadOnlyList<int> ChangedLayers,
        IReadOnlyList<(string Path, long Size)> ChangedLayerFiles,
        ProcessResult Rebuild,
        bool DockerfileRewritten);
}
