using Containerize.Diagnostics;
using Containerize.Imaging;
using Microsoft.Build.Framework;

namespace Containerize.Tasks;

/// <summary>
/// Writes what <c>docker build</c> would send (after .dockerignore) to a manifest file the analyzers read, so a
/// rule can say "COPY . . adds 412 MB (bin/ 300 MB, .git/ 90 MB)" without file I/O in the analyzer.
/// </summary>
public sealed class WriteContextManifest : Microsoft.Build.Utilities.Task
{
    [Required]
    public string ContextDirectory { get; set; } = string.Empty;

    [Required]
    public string ManifestPath { get; set; } = string.Empty;

    public override bool Execute()
    {
        if (!Directory.Exists(ContextDirectory))
        {
            Log.LogWarning(null, DiagnosticCatalog.MissingContextDirectory.Id, null, ManifestPath, 0, 0, 0, 0, DiagnosticCatalog.MissingContextDirectory.Format(ContextDirectory, "the context-size rule (CTZ1205) is skipped", "ContainerizeContextDirectory"));
            return true;
        }

        var content = ContextManifestWriter.Write(ContextDirectory);
        if (File.Exists(ManifestPath) && string.Equals(File.ReadAllText(ManifestPath), content, StringComparison.Ordinal))
        {
            return true;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(ManifestPath))!);
        File.WriteAllText(ManifestPath, content);
        return true;
    }
}
