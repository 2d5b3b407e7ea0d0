using System.Globalization;

namespace Containerize.Linting;

/// <summary>
/// What <c>docker build</c> would send: written by the SDK's ContainerizeWriteContextManifest target after
/// .dockerignore. Lines: <c>D &lt;bytes&gt; &lt;files&gt; &lt;dir/&gt;</c> for every folder (cumulative) and
/// <c>F &lt;bytes&gt; &lt;path&gt;</c> for files at the context root; tab-separated.
/// </summary>
public sealed class ContextManifest
{
    private readonly Dictionary<string, (long Bytes, long Files)> _directories = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _rootFiles = new(StringComparer.Ordinal);

    public const string FileSuffix = ".containerize-context";

    /// <summary>Total bytes and files of the whole context.</summary>
    public long TotalBytes { get; private set; }

    public long TotalFiles { get; private set; }

    public IReadOnlyDictionary<string, (long Bytes, long Files)> Directories => _directories;

    public static ContextManifest Parse(string text)
    {
        var manifest = new ContextManifest();
        foreach (var raw in (text ?? string.Empty).Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            var parts = line.Split('\t');
            if (parts.Length == 4 && parts[0] == "D"
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var bytes)
                && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var files))
            {
                var path = parts[3].TrimEnd('/');
                if (path.Length == 0 || path == ".")
                {
                    manifest.TotalBytes = bytes;
                    manifest.TotalFiles = files;
                }
                else
                {
                    manifest._directories[path] = (bytes, files);
                }
            }
            else if (parts.Length == 3 && parts[0] == "F" && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
            {
                manifest._rootFiles[parts[2]] = size;
            }
        }

        return manifest;
    }

    /// <summary>Bytes under a context path (a folder or a root file); null when the path is not sent.</summary>
    public long? BytesUnder(string path)
    {
        var clean = Normalize(path);
        if (clean.Length == 0)
        {
            return TotalBytes;
        }

        if (_directories.TryGetValue(clean, out var dir))
        {
            return dir.Bytes;
        }

        return _rootFiles.TryGetValue(clean, out var file) ? file : null;
    }

    /// <summary>Folders under <paramref name="path"/> whose last segment is one of <paramref name="names"/>, outermost only.</summary>
    public IEnumerable<(string Path, long Bytes)> FoldersNamed(string path, ISet<string> names)
    {
        var prefix = Normalize(path);
        var found = new List<(string Path, long Bytes)>();
        foreach (var pair in _directories.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            var dir = pair.Key;
            if (prefix.Length > 0 && !(dir == prefix || dir.StartsWith(prefix + "/", StringComparison.Ordinal)))
            {
                continue;
            }

            var name = dir.Substring(dir.LastIndexOf('/') + 1);
            if (names.Contains(name) && !found.Any(f => dir.StartsWith(f.Path + "/", StringComparison.Ordinal)))
            {
                found.Add((dir, pair.Value.Bytes));
            }
        }

        return found;
    }

    private static string Normalize(string path)
    {
        var p = (path ?? string.Empty).Replace('\\', '/').Trim();
        while (p.StartsWith("./", StringComparison.Ordinal))
        {
            p = p.Substring(2);
        }

        p = p.TrimStart('/').TrimEnd('/');
        return p == "." ? string.Empty : p;
    }
}
