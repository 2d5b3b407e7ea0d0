using System.Globalization;
using System.Text;

namespace Containerize.Dockerfiles;

/// <summary>Writes the format <see cref="ContextManifest"/> reads: give it what the context sends, entry by entry, and the .dockerignore.</summary>
public sealed class ContextManifestBuilder
{
    /// <summary>Folders the rules look for at any depth; other folders are listed down to <see cref="MaxDepth"/>.</summary>
    public static readonly IReadOnlyCollection<string> HeavyFolders = new[] { "bin", "obj", ".git", "node_modules", "TestResults", ".vs", ".idea", "artifacts" };

    public const int MaxDepth = 3;

    private readonly Dictionary<string, long[]> _totals = new(StringComparer.Ordinal) { ["."] = new long[2] };
    private readonly SortedDictionary<string, long> _rootFiles = new(StringComparer.Ordinal);

    /// <summary>A sent folder or file: <paramref name="relativePath"/> with '/', no leading './'.</summary>
    public void Add(string relativePath, long size, bool isDirectory)
    {
        if (isDirectory)
        {
            if (!_totals.ContainsKey(relativePath))
            {
                _totals[relativePath] = new long[2];
            }

            return;
        }

        if (relativePath.IndexOf('/') < 0)
        {
            _rootFiles[relativePath] = size;
        }

        Count(".", size);
        for (var i = relativePath.IndexOf('/'); i >= 0; i = relativePath.IndexOf('/', i + 1))
        {
            Count(relativePath.Substring(0, i), size);
        }
    }

    /// <param name="ignore">The .dockerignore the context was selected with; its patterns are written so rules can tell "ignored" from "missing".</param>
    /// <param name="stable">Round sizes and counts so the manifest (a compiler input) changes only when something big changes.</param>
    public string Build(DockerIgnore? ignore, bool stable = true)
    {
        var sb = new StringBuilder();
        var keys = new List<string>(_totals.Keys);
        keys.Sort(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            var depth = key == "." ? 0 : Slashes(key) + 1;
            var name = key.Substring(key.LastIndexOf('/') + 1);
            if (depth > MaxDepth && !HeavyFolders.Contains(name))
            {
                continue;
            }

            var totals = _totals[key];
            sb.Append("D\t").Append(Round(totals[0], stable).ToString(CultureInfo.InvariantCulture)).Append('\t')
              .Append((stable ? (totals[1] + 50) / 100 * 100 : totals[1]).ToString(CultureInfo.InvariantCulture)).Append('\t')
              .Append(key == "." ? "./" : key + "/").Append('\n');
        }

        foreach (var pair in _rootFiles)
        {
            sb.Append("F\t").Append(Round(pair.Value, stable).ToString(CultureInfo.InvariantCulture)).Append('\t').Append(pair.Key).Append('\n');
        }

        if (ignore is not null)
        {
            foreach (var pattern in ignore.Patterns)
            {
                sb.Append("I\t").Append(pattern).Append('\n');
            }
        }

        return sb.ToString();
    }

    private void Count(string key, long size)
    {
        if (!_totals.TryGetValue(key, out var totals))
        {
            totals = new long[2];
            _totals[key] = totals;
        }

        totals[0] += size;
        totals[1]++;
    }

    private static int Slashes(string path)
    {
        var n = 0;
        foreach (var c in path)
        {
            if (c == '/')
            {
                n++;
            }
        }

        return n;
    }

    private static long Round(long bytes, bool stable) =>
        !stable ? bytes : bytes >= 1_000_000 ? (bytes + 500_000) / 1_000_000 * 1_000_000 : (bytes + 50_000) / 100_000 * 100_000;
}
