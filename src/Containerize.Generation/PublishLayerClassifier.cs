namespace Containerize.Generation;

/// <summary>
/// Assigns each file of a publish folder to a <see cref="PublishLayer"/> from what MSBuild knows about it: the
/// ResolvedFileToPublish items (NuGetPackageId, ReferenceSourceTarget) and the static web assets of the publish
/// (SourceType, RelatedAsset, the file they come from). Nothing is guessed from file names; a file MSBuild did not
/// describe is the app's own. Paths are publish-relative, compared with '/' separators and case-sensitively (the
/// container's file system).
/// </summary>
public sealed class PublishLayerClassifier
{
    private readonly Dictionary<string, PublishLayer> _layers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, StaticWebAsset> _assetsByIdentity = new(StringComparer.Ordinal);
    private readonly List<StaticWebAsset> _assets = new();
    private readonly string? _packageRoot;
    private bool _resolved;

    /// <param name="packageRoot">The NuGet package folder ($(NuGetPackageRoot)): a static web asset whose file lives there came from a package.</param>
    public PublishLayerClassifier(string? packageRoot)
    {
        _packageRoot = string.IsNullOrWhiteSpace(packageRoot) ? null : NormalizeFolder(packageRoot!);
    }

    /// <summary>A ResolvedFileToPublish item: from a package when it has a NuGetPackageId, a project reference's output when it came from one.</summary>
    public void AddResolvedFile(string relativePath, string? nuGetPackageId, string? referenceSourceTarget)
    {
        if (!string.IsNullOrEmpty(nuGetPackageId))
        {
            Assign(relativePath, PublishLayer.Packages);
        }
        else if (string.Equals(referenceSourceTarget, "ProjectReference", StringComparison.OrdinalIgnoreCase))
        {
            Assign(relativePath, PublishLayer.References);
        }
    }

    /// <summary>
    /// A static web asset of the publish, with the path it takes in the publish folder. Compressed and other
    /// alternative assets follow the asset they were made from (<paramref name="relatedAsset"/>).
    /// </summary>
    public void AddStaticWebAsset(string targetPath, string identity, string? sourceType, string? assetRole, string? relatedAsset)
    {
        var asset = new StaticWebAsset(Normalize(targetPath), NormalizePath(identity), sourceType ?? string.Empty, assetRole ?? string.Empty, string.IsNullOrEmpty(relatedAsset) ? null : NormalizePath(relatedAsset!));
        _assets.Add(asset);
        _resolved = false;
        _assetsByIdentity[asset.Identity] = asset;
    }

    /// <summary>The layer of a file of the publish folder.</summary>
    public PublishLayer Classify(string relativePath)
    {
        ResolveStaticWebAssets();
        return _layers.TryGetValue(Normalize(relativePath), out var layer) ? layer : PublishLayer.App;
    }

    private void ResolveStaticWebAssets()
    {
        if (_resolved)
        {
            return;
        }

        _resolved = true;
        foreach (var asset in _assets)
        {
            var origin = Primary(asset);
            var layer = origin.SourceType == "Package" || IsInPackageFolder(origin.Identity)
                ? PublishLayer.Packages
                : origin.SourceType is "Discovered" or "Project" ? PublishLayer.StaticWeb : PublishLayer.App;
            Assign(asset.TargetPath, layer);
        }
    }

    /// <summary>The asset an alternative (e.g. a .gz or .br) was made from, followed to its primary asset.</summary>
    private StaticWebAsset Primary(StaticWebAsset asset)
    {
        var seen = 0;
        while (asset.AssetRole != "Primary" && asset.RelatedAsset is not null && _assetsByIdentity.TryGetValue(asset.RelatedAsset, out var related) && seen++ < 16)
        {
            asset = related;
        }

        return asset;
    }

    private bool IsInPackageFolder(string path) => _packageRoot is not null && path.StartsWith(_packageRoot, StringComparison.Ordinal);

    /// <summary>A file described twice takes the layer that changes least (a package's file stays a package's).</summary>
    private void Assign(string relativePath, PublishLayer layer)
    {
        var key = Normalize(relativePath);
        if (!_layers.TryGetValue(key, out var existing) || layer < existing)
        {
            _layers[key] = layer;
        }
    }

    private static string Normalize(string relativePath) => relativePath.Replace('\\', '/').TrimStart('/');

    private static string NormalizePath(string path) => path.Replace('\\', '/');

    private static string NormalizeFolder(string folder)
    {
        var normalized = NormalizePath(folder);
        return normalized.EndsWith("/", StringComparison.Ordinal) ? normalized : normalized + "/";
    }

    private sealed class StaticWebAsset
    {
        public StaticWebAsset(string targetPath, string identity, string sourceType, string assetRole, string? relatedAsset)
        {
            TargetPath = targetPath;
            Identity = identity;
            SourceType = sourceType;
            AssetRole = assetRole;
            RelatedAsset = relatedAsset;
        }

        public string TargetPath { get; }

        public string Identity { get; }

        public string SourceType { get; }

        public string AssetRole { get; }

        public string? RelatedAsset { get; }
    }
}
