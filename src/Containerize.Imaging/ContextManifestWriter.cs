using System.Globalization;
using System.Text;
using Containerize.Dockerfiles;

namespace Containerize.Imaging;

/// <summary>
/// Writes the context manifest the analyzers read (see Containerize.Linting.ContextManifest): cumulative bytes and
/// file counts for every folder, and root files. Folder lines only, so big trees stay small on disk.
/// </summary>
public static class ContextManifestWriter
{
    /// <summary>Folders the rules look for at any depth; other folders are listed down to <see cref="MaxDepth"/>.</summary>
    public static readonly IReadOnlyCollection<string> HeavyFolders = new[] { "bin", "obj", ".git", "node_modules", "TestResults", ".vs", ".idea", "artifacts" };

    public const int MaxDepth = 3;

    /// <param name="stable">Round sizes and counts so the manifest (a compiler input) changes only when something big changes.</param>
    public static string Write(string contextDirectory, DockerIgnore? ignore = null, bool stable = true)
    {
        var totals = new Dictionary<string, (long Bytes, long Files)>(StringComparer.Ordinal) { ["."] = (0, 0) };
        var rootFiles = new List<(string Path, long Size)>();
        foreach (var entry in ContextScanner.Scan(contextDirectory, ignore))
        {
            if (entry.IsDirectory)
            {
                if (!totals.ContainsKey(entry.RelativePath))
                {
                    totals[entry.RelativePath] = (0, 0);
                }

                continue;
            }

            var slash = entry.RelativePath.LastIndexOf('/');
            if (slash < 0)
            {
                rootFiles.Add((entry.RelativePath, entry.Size));
            }

            Add(totals, ".", entry.Size);
            for (var i = entry.RelativePath.IndexOf('/'); i >= 0; i = entry.RelativePath.IndexOf('/', i + 1))
            {
                Add(totals, entry.RelativePath.Substring(0, i), entry.Size);
            }
        }

        var sb = new StringBuilder();
        foreach (var pair in totals.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var depth = pair.Key == "." ? 0 : pair.Key.Count(c => c == '/') + 1;
            var name = pair.Key.Substring(pair.Key.LastIndexOf('/') + 1);
            if (depth > MaxDepth && !HeavyFolders.Contains(name))
            {
                continue;
            }

            sb.Append("D\t").Append(Round(pair.Value.Bytes, stable).ToString(CultureInfo.InvariantCulture)).Append('\t')
              .Append((stable ? (pair.Value.Files + 50) / 100 * 100 : pair.Value.Files).ToString(CultureInfo.InvariantCulture)).Append('\t')
              .Append(pair.Key == "." ? "./" : pair.Key + "/").Append('\n');
        }

        foreach (var (path, size) in rootFiles.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            sb.Append("F\t").Append(Round(size, stable).ToString(CultureInfo.InvariantCulture)).Append('\t').Append(path).Append('\n');
        }

        return sb.ToString();
    }

    private static long Round(long bytes, bool stable) =>
        !stable ? bytes : bytes >= 1_000_000 ? (bytes + 500_000) / 1_000_000 * 1_000_000 : (bytes + 50_000) / 100_000 * 100_000;

    private static void Add(Dictionary<string, (long Bytes, long Files)> totals, string key, long size)
    {
        totals.TryGetValue(key, out var current);
        totals[key] = (current.Bytes + size, current.Files + 1);
    }
}
