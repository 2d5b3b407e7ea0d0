using Microsoft.Build.Framework;

namespace Containerize.Tasks;

/// <summary>
/// Inside the container's build stage, after publish: copies the publish folder into one folder per
/// <see cref="Generation.PublishLayer"/> (packages, static web content, project references, the app's own output),
/// which the final stage copies as separate layers in that order. The classification comes from MSBuild's items;
/// a file no item describes goes to the app layer.
/// </summary>
public sealed partial class SplitPublishLayers : Microsoft.Build.Utilities.Task
{
    /// <summary>The publish folder (every file in it lands in exactly one layer).</summary>
    [Required]
    public string PublishDirectory { get; set; } = string.Empty;

    /// <summary>Where the layer folders are written (emptied first): ContainerizeLayersDirectory.</summary>
    [Required]
    public string LayersDirectory { get; set; } = string.Empty;

    /// <summary>@(ResolvedFileToPublish): RelativePath, NuGetPackageId and ReferenceSourceTarget are read.</summary>
    public ITaskItem[] ResolvedFiles { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The publish's static web assets with their TargetPath in the publish folder: SourceType, AssetRole and RelatedAsset are read.</summary>
    public ITaskItem[] StaticWebAssets { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>$(NuGetPackageRoot): static web assets whose file lives there came from a package.</summary>
    public string? NuGetPackageRoot { get; set; }

    /// <summary>Files per layer folder name, e.g. <c>packages=12</c>, for the log and for tests.</summary>
    [Output]
    public ITaskItem[] LayerCounts { get; set; } = Array.Empty<ITaskItem>();
}
