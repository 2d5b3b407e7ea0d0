namespace Containerize.Generation;

/// <summary>Where each <see cref="PublishLayer"/> lives inside the build stage; the one home of the layer folder names.</summary>
public static class PublishLayers
{
    /// <summary>The folder the container's publish splits its output into (passed as ContainerizeLayersDirectory).</summary>
    public const string Directory = "/app/layers";

    /// <summary>Every layer, in the order the final stage copies them.</summary>
    public static IReadOnlyList<PublishLayer> InCopyOrder { get; } = new[]
    {
        PublishLayer.Packages, PublishLayer.StaticWeb, PublishLayer.References, PublishLayer.App,
    };

    /// <summary>The layer's folder name under <see cref="Directory"/>.</summary>
    public static string FolderName(PublishLayer layer) => layer switch
    {
        PublishLayer.Packages => "packages",
        PublishLayer.StaticWeb => "static-web",
        PublishLayer.References => "references",
        _ => "app",
    };
}
