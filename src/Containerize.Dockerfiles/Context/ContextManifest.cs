using System.Globalization;

namespace Containerize.Dockerfiles;

/// <summary>
/// What <c>docker build</c> would send, after .dockerignore: the one home of the context-manifest format, read here
/// (by the rules) and written here (<see cref="ContextManifestBuilder"/>, fed by the SDK's ContainerizeWriteContextManifest
/// target and the CLI). Tab-separated lines: <c>D &lt;bytes&gt; &lt;files&gt; &lt;dir/&gt;</c> for every folder (cumulative),
/// <c>F &lt;bytes&gt; &lt;path&gt;</c> for files at the context root, <c>I &lt;pattern&gt;</c> for each .dockerignore pattern
/// in file order. Read on first use: a Dockerfile that copies nothing from the build context never reads it.
/// </summary>
public sealed class ContextManifest
{
    private readonly string _text;
    private Dictionary<string, ContextFolder>? _folders;
    private List<ContextFolder>? _ordered;
    private Dictionary<string, long>? _rootFiles;
    private long _totalBytes;
    private long _totalFiles;
    private List<string>? _ignorePatterns;
    private DockerIgnore? _ignore;

    private ContextManifest(string text) => _text = text;

    public const string FileSuffix = ".containerize-context";

    /// <summary>Total bytes of the whole context.</summary>
    public long TotalBytes
    {
        get
        {
            EnsureRead();
            return _totalBytes;
        }
    }

    /// <summary>Total files of the whole context.</summary>
    public long TotalFiles
    {
        get
        {
            EnsureRead();
            return _totalFiles;
        }
    }

    public static ContextManifest Parse(string text) => new(text ?? string.Empty);

    /// <summary>The .dockerignore patterns the context was selected with (exceptions keep their '!').</summary>
    public IReadOnlyList<string> IgnorePatterns
    {
        get
        {
            EnsureRead();
            return _ignorePatterns!;
        }
    }

    /// <summary>True when .dockerignore leaves <paramref name="path"/> (context-relative) out of the context.</summary>
    public bool IsIgnored(string path)
    {
        EnsureRead();
        if (_ignorePatterns!.Count == 0)
        {
            return false;
        }

        var clean = Normalize(path);
        if (clean.Length == 0)
        {
            return false;
        }

        // Compiled on first use: most Dockerfiles copy '.' or stage outputs and never need the patterns.
        _ignore ??= DockerIgnore.Parse(string.Join("\n", _ignorePatterns));
        return _ignore.IsExcluded(clean);
    }

    /// <summary>Bytes under a context path (a folder or a root file); null when the path is not sent.</summary>
    public long? BytesUnder(string path)
    {
        EnsureRead();
        var clean = Normalize(path);
        if (clean.Length == 0)
        {
            return _totalBytes;
        }

        if (_folders!.TryGetValue(clean, out var folder))
        {
            return folder.Bytes;
        }

        return _rootFiles!.TryGetValue(clean, out var bytes) ? bytes : null;
    }

    /// <summary>Folders under <paramref name="path"/> whose last segment is one of <paramref name="names"/>, outermost only, in path order.</summary>
    public IReadOnlyList<ContextFolder> FoldersNamed(string path, ISet<string> names)
    {
        EnsureRead();
        var prefix = Normalize(path);
        var found = new List<ContextFolder>();
        foreach (var folder in _ordered!)
        {
            var dir = folder.Path;
            if (prefix.Length > 0 && dir != prefix && !IsBelow(dir, prefix))
            {
                continue;
            }

            if (names.Contains(folder.Name) && !InsideAny(found, dir))
            {
                found.Add(folder);
            }
        }

        return found;
    }

    private static bool InsideAny(List<ContextFolder> outer, string dir)
    {
        foreach (var folder in outer)
        {
            if (IsBelow(dir, folder.Path))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="path"/> is inside <paramref name="folder"/> (not the folder itself).</summary>
    private static bool IsBelow(string path, string folder) =>
        path.Length > folder.Length && path[folder.Length] == '/' && path.StartsWith(folder, StringComparison.Ordinal);

    private void EnsureRead()
    {
        if (_folders is not null)
        {
            return;
        }

        var folders = new Dictionary<string, ContextFolder>(StringComparer.Ordinal);
        var rootFiles = new Dictionary<string, long>(StringComparer.Ordinal);
        _ignorePatterns = new List<string>();
        var start = 0;
        while (start < _text.Length)
        {
            var end = _text.IndexOf('\n', start);
            if (end < 0)
            {
                end = _text.Length;
            }

            ReadLine(_text.Substring(start, end - start).TrimEnd('\r'), folders, rootFiles);
            start = end + 1;
        }

        var ordered = new List<ContextFolder>(folders.Values);
        ordered.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        _ordered = ordered;
        _rootFiles = rootFiles;
        _folders = folders;
    }

    private void ReadLine(string line, Dictionary<string, ContextFolder> folders, Dictionary<string, long> rootFiles)
    {
        var parts = line.Split('\t');
        if (parts.Length == 4 && parts[0] == "D"
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var bytes)
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var files))
        {
            var path = parts[3].TrimEnd('/');
            if (path.Length == 0 || path == ".")
            {
                _totalBytes = bytes;
                _totalFiles = files;
            }
            else
            {
                folders[path] = new ContextFolder(path, bytes, files);
            }
        }
        else if (parts.Length == 3 && parts[0] == "F" && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size))
        {
            rootFiles[parts[2]] = size;
        }
        else if (parts.Length == 2 && parts[0] == "I" && parts[1].Length > 0)
        {
            _ignorePatterns!.Add(parts[1]);
        }
    }

    internal static string Normalize(string path)
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
