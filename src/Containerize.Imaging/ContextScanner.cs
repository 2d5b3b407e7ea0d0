using Containerize.Dockerfiles;

namespace Containerize.Imaging;

/// <summary>
/// Walks a build context the way <c>docker build</c> selects it: everything under the folder except what
/// .dockerignore excludes (the Dockerfile and .dockerignore themselves are always sent). Symlinks are not followed.
/// </summary>
public static class ContextScanner
{
    public static IEnumerable<ContextEntry> Scan(string contextDirectory, DockerIgnore? ignore = null, IEnumerable<string>? alwaysInclude = null)
    {
        var root = Path.GetFullPath(contextDirectory);
        ignore ??= Load(root);
        var forced = new HashSet<string>(alwaysInclude ?? Array.Empty<string>(), StringComparer.Ordinal) { ".dockerignore" };
        var pending = new Stack<string>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            IEnumerable<FileSystemInfo> children;
            try
            {
                children = new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            var subdirectories = new List<string>();
            foreach (var child in children)
            {
                var relative = child.FullName.Substring(root.Length).Replace('\\', '/').TrimStart('/');
                var excluded = ignore.IsExcluded(relative) && !forced.Contains(relative);
                var isLink = child.Attributes.HasFlag(FileAttributes.ReparsePoint);
                if (child is DirectoryInfo dir && !isLink)
                {
                    // An excluded folder is skipped whole unless a '!' pattern could bring something under it back
                    // (an allow-list's "*" then "!src/App" walks src/, never .git/ or docs/).
                    if (excluded && !CouldReinclude(ignore, relative))
                    {
                        continue;
                    }

                    if (!excluded)
                    {
                        yield return new ContextEntry(relative, dir.FullName, 0, true, null);
                    }

                    subdirectories.Add(dir.FullName);
                    continue;
                }

                if (excluded)
                {
                    continue;
                }

                var size = child is FileInfo f && !isLink ? f.Length : 0;
                yield return new ContextEntry(relative, child.FullName, size, false, isLink ? LinkTarget(child) : null);
            }

            for (var i = subdirectories.Count - 1; i >= 0; i--)
            {
                pending.Push(subdirectories[i]);
            }
        }
    }

    /// <summary>
    /// The ignore file BuildKit applies: <c>&lt;Dockerfile&gt;.dockerignore</c> beside the Dockerfile when there is one
    /// (the SDK writes an allow-list there), else the context's <c>.dockerignore</c>.
    /// </summary>
    public static DockerIgnore Load(string contextDirectory, string? dockerfilePath)
    {
        if (!string.IsNullOrEmpty(dockerfilePath))
        {
            var specific = Path.GetFullPath(Path.Combine(contextDirectory, dockerfilePath!)) + ".dockerignore";
            if (File.Exists(specific))
            {
                return DockerIgnore.Parse(File.ReadAllText(specific));
            }
        }

        return Load(contextDirectory);
    }

    public static DockerIgnore Load(string contextDirectory)
    {
        var path = Path.Combine(contextDirectory, ".dockerignore");
        return File.Exists(path) ? DockerIgnore.Parse(File.ReadAllText(path)) : DockerIgnore.Empty;
    }

    /// <summary>True when an exception pattern could match <paramref name="relativeDirectory"/> or something under it.</summary>
    private static bool CouldReinclude(DockerIgnore ignore, string relativeDirectory)
    {
        if (!ignore.HasExceptions)
        {
            return false;
        }

        foreach (var pattern in ignore.Patterns)
        {
            if (!pattern.StartsWith("!", StringComparison.Ordinal))
            {
                continue;
            }

            var text = pattern.Substring(1).TrimStart('/');
            var wildcard = text.IndexOfAny(new[] { '*', '?', '[', '\\' });
            var prefix = wildcard < 0 ? text : text.Substring(0, wildcard);
            if ((wildcard >= 0 && relativeDirectory.StartsWith(prefix, StringComparison.Ordinal))
                || prefix.StartsWith(relativeDirectory + "/", StringComparison.Ordinal)
                || string.Equals(prefix, relativeDirectory, StringComparison.Ordinal)
                || (wildcard >= 0 && prefix.StartsWith(relativeDirectory, StringComparison.Ordinal)))
            {
                return true;
            }
        }

        return false;
    }

    private static string LinkTarget(FileSystemInfo info)
    {
#if NETSTANDARD2_0
        return ReadLink(info.FullName) ?? string.Empty;
#else
        return info.LinkTarget ?? string.Empty;
#endif
    }

#if NETSTANDARD2_0
    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true, EntryPoint = "readlink")]
    private static extern long Readlink(string path, byte[] buffer, long size);

    private static string? ReadLink(string path)
    {
        try
        {
            var buffer = new byte[4096];
            var n = Readlink(path, buffer, buffer.Length);
            return n > 0 ? System.Text.Encoding.UTF8.GetString(buffer, 0, (int)n) : null;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }
#endif
}
