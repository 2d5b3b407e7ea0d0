using System.Globalization;
using Containerize.Dockerfiles;
using Containerize.Generation;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Tasks;

public sealed partial class SplitPublishLayers
{
    public override bool Execute()
    {
        var classifier = new PublishLayerClassifier(NuGetPackageRoot);
        foreach (var item in ResolvedFiles)
        {
            var relativePath = item.GetMetadata("RelativePath");
            if (relativePath.Length > 0)
            {
                classifier.AddResolvedFile(relativePath, item.GetMetadata("NuGetPackageId"), item.GetMetadata("ReferenceSourceTarget"));
            }
        }

        foreach (var asset in StaticWebAssets)
        {
            var targetPath = asset.GetMetadata("TargetPath");
            if (targetPath.Length > 0)
            {
                classifier.AddStaticWebAsset(targetPath, asset.ItemSpec, asset.GetMetadata("SourceType"), asset.GetMetadata("AssetRole"), asset.GetMetadata("RelatedAsset"));
            }
        }

        var publish = Path.GetFullPath(PublishDirectory);
        var layers = Path.GetFullPath(LayersDirectory);
        if (Directory.Exists(layers))
        {
            Directory.Delete(layers, recursive: true);
        }

        var counts = PublishLayers.InCopyOrder.ToDictionary(l => l, _ => (Files: 0, Bytes: 0L));
        foreach (var layer in PublishLayers.InCopyOrder)
        {
            Directory.CreateDirectory(Path.Combine(layers, PublishLayers.FolderName(layer)));
        }

        foreach (var file in Directory.EnumerateFiles(publish, "*", SearchOption.AllDirectories))
        {
            var relativePath = file.Substring(publish.Length).TrimStart(Path.DirectorySeparatorChar, '/');
            var layer = classifier.Classify(relativePath);
            var destination = Path.Combine(layers, PublishLayers.FolderName(layer), relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination, overwrite: true);
            var (files, bytes) = counts[layer];
            counts[layer] = (files + 1, bytes + new FileInfo(file).Length);
        }

        LayerCounts = PublishLayers.InCopyOrder
            .Select(l => (ITaskItem)new TaskItem(PublishLayers.FolderName(l), new Dictionary<string, string> { ["Files"] = counts[l].Files.ToString(CultureInfo.InvariantCulture), ["Bytes"] = counts[l].Bytes.ToString(CultureInfo.InvariantCulture) }))
            .ToArray();
        Log.LogMessage(MessageImportance.High, "Containerize: layers " + string.Join(", ", PublishLayers.InCopyOrder.Select(l => $"{PublishLayers.FolderName(l)} {counts[l].Files} file(s) {ByteSize.Format(counts[l].Bytes)}")) + ".");
        return !Log.HasLoggedErrors;
    }
}
