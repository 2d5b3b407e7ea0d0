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

    /// <summary>The project's Dockerfile: its <c>&lt;Dockerfile&gt;.dockerignore</c> applies when there is one, as BuildKit applies it.</summary>
    public string? DockerfilePath { get; set; }

    public override bool Execute()
    {
        if (!Directory.Exists(ContextDirectory))
        {
            Log.LogWarning(null, Containerize.Generation.GenerationDiagnosticIds.MissingContextDirectory, null, ManifestPath, 0, 0, 0, 0, $"The build context '{ContextDirectory}' does not exist; the context-size rule (CTZ1205) is skipped. Check ContainerizeContextDirectory.");
            return true;
        }

        var content = ContextManifestWriter.Write(ContextDirectory, ContextScanner.Load(ContextDirectory, DockerfilePath));
        if (File.Exists(ManifestPath) && string.Equals(File.ReadAllText(ManifestPath), content, StringComparison.Ordinal))
        {
            return true;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(ManifestPath))!);
        File.WriteAllText(ManifestPath, content);
        return true;
    }
}
