using Containerize.Imaging;
using Microsoft.Build.Framework;

namespace Containerize.Tasks;

/// <summary>
/// Builds the image through the Docker Engine API (BuildKit or the classic builder, ContainerizeBuilder), streams
/// progress into the build log, writes the layer report (containerize-image.json) and warns at the Dockerfile line of
/// oversized or wasteful layers; pushes when asked. Cancelling the build (Ctrl+C) cancels the engine build. NuGet's
/// credentials reach a restore that mounts the nuget-config secret, through the BuildKit session only.
/// </summary>
public sealed partial class BuildContainerImage
{
    /// <summary>The Dockerfile's full path.</summary>
    [Required]
    public string DockerfilePath { get; set; } = string.Empty;

    /// <summary>The build context folder (streamed to the engine as a tar, .dockerignore applied).</summary>
    [Required]
    public string ContextDirectory { get; set; } = string.Empty;

    /// <summary>The image repository (ContainerRepository, default the lower-cased AssemblyName).</summary>
    [Required]
    public string Repository { get; set; } = string.Empty;

    /// <summary>ContainerRegistry: prefixed to the repository when set.</summary>
    public string? Registry { get; set; }

    /// <summary>The tags (ContainerImageTags); <c>latest</c> when empty.</summary>
    public string[] Tags { get; set; } = Array.Empty<string>();

    /// <summary>ContainerizeBuildArg items: name, and its <c>Value</c> metadata.</summary>
    public ITaskItem[] BuildArgs { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>ContainerizeTarget: the stage to build; the last stage when empty.</summary>
    public string? Target { get; set; }

    /// <summary>ContainerizeNetwork: the network of RUN steps (e.g. <c>host</c>).</summary>
    public string? Network { get; set; }

    /// <summary>ContainerizeBuilder: auto (default: BuildKit when the engine offers it), buildkit, or classic.</summary>
    public string? Builder { get; set; }

    /// <summary>The project folder, where NuGet's config (and so the sources' credentials) is read from.</summary>
    public string? ProjectDirectory { get; set; }

    /// <summary>ContainerizeBuildTimeout: seconds before the build is stopped (CTZ3005). Default 1800.</summary>
    public int TimeoutSeconds { get; set; } = 1800;

    /// <summary>ContainerizeDockerHost: the engine; DOCKER_HOST, the docker context, or the local socket when empty.</summary>
    public string? DockerHost { get; set; }

    /// <summary>Where the layer report (containerize-image.json) is written.</summary>
    public string? ReportPath { get; set; }

    /// <summary>CTZ4001 above this many bytes in one layer; 0 turns it off. Default 100 MB.</summary>
    public long MaxLayerSize { get; set; } = 100_000_000;

    /// <summary>CTZ4002 above this many wasted bytes in one layer; 0 turns it off. Default 10 MB.</summary>
    public long MaxWastedBytes { get; set; } = 10_000_000;

    /// <summary>CTZ4003 below this efficiency (invariant-culture number). Default 0.95.</summary>
    public string? MinEfficiency { get; set; }

    /// <summary>CTZ4004 above this many bytes for the image; 0 (default) turns it off.</summary>
    public long MaxImageSize { get; set; }

    /// <summary>Push the tags after the build (credentials from the docker config).</summary>
    public bool Push { get; set; }

    /// <summary>Build without the layer cache.</summary>
    public bool NoCache { get; set; }

    /// <summary>
    /// The fast inner loop: the host's publish output split into layer folders (by _ContainerizeSplitPublishLayers).
    /// When set, only the Dockerfile's final stage is built, from these folders (see <see cref="FinalStagePlan"/>);
    /// when the final stage cannot be built that way, the whole Dockerfile is built as without it.
    /// </summary>
    public string? FinalStageLayersDirectory { get; set; }

    /// <summary>Why the fast inner loop does not apply to this publish (logged as CTZ2040); empty when it does or was not asked for.</summary>
    public string? WholeDockerfileBecause { get; set; }

    /// <summary>The built image's id (sha256:…).</summary>
    [Output]
    public string? ImageId { get; set; }

    /// <summary>The tags applied, registry and repository included.</summary>
    [Output]
    public string[] FullTags { get; set; } = Array.Empty<string>();
}
