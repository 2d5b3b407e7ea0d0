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

    [Required]
    public string Repository { get; set; } = string.Empty;

    public string? Registry { get; set; }

    public string[] Tags { get; set; } = Array.Empty<string>();

    public ITaskItem[] BuildArgs { get; set; } = Array.Empty<ITaskItem>();

    public string? Target { get; set; }

    public string? Network { get; set; }

    /// <summary>ContainerizeBuilder: auto (default: BuildKit when the engine offers it), buildkit, or classic.</summary>
    public string? Builder { get; set; }

    /// <summary>The project folder, where NuGet's config (and so the sources' credentials) is read from.</summary>
    public string? ProjectDirectory { get; set; }

    public int TimeoutSeconds { get; set; } = 1800;

    public string? DockerHost { get; set; }

    public string? ReportPath { get; set; }

    public long MaxLayerSize { get; set; } = 100_000_000;

    public long MaxWastedBytes { get; set; } = 10_000_000;

    public string? MinEfficiency { get; set; }

    public long MaxImageSize { get; set; }

    public bool Push { get; set; }

    public bool NoCache { get; set; }

    [Output]
    public string? ImageId { get; set; }

    [Output]
    public string[] FullTags { get; set; } = Array.Empty<string>();
}
