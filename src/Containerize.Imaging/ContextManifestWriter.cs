using Containerize.Dockerfiles;

namespace Containerize.Imaging;

/// <summary>
/// Scans a build context as <c>docker build</c> selects it and writes its manifest; the format itself lives in
/// Containerize.Dockerfiles (<see cref="ContextManifest"/> reads it, <see cref="ContextManifestBuilder"/> writes it).
/// </summary>
public static class ContextManifestWriter
{
    /// <param name="stable">Round sizes and counts so the manifest (a compiler input) changes only when something big changes.</param>
    public static string Write(string contextDirectory, DockerIgnore? ignore = null, bool stable = true)
    {
        ignore ??= ContextScanner.Load(contextDirectory);
        var builder = new ContextManifestBuilder();
        foreach (var entry in ContextScanner.Scan(contextDirectory, ignore))
        {
            builder.Add(entry.RelativePath, entry.Size, entry.IsDirectory);
        }

        return builder.Build(ignore, stable);
    }
}
