namespace Containerize.Tasks;

/// <summary>Finds the build context and what a project's restore needs from it.</summary>
internal static class BuildContext
{
    private static readonly string[] RestoreFileNames =
    {
        "Directory.Build.props", "Directory.Build.targets", "Directory.Packages.props", "global.json", "nuget.config",
    };

    /// <summary>ContainerizeContextDirectory (relative to the project) when set, else <see cref="Find"/>.</summary>
    public static string Resolve(string projectFullPath, string? contextDirectory)
    {
        var projectDirectory = Path.GetDirectoryName(Path.GetFullPath(projectFullPath))!;
        return string.IsNullOrWhiteSpace(contextDirectory)
            ? Find(projectDirectory)
            : Path.GetFullPath(Path.Combine(projectDirectory, contextDirectory!));
    }

    /// <summary>The nearest folder at or above the project's with a .sln/.slnx, a Directory.Build.props or a .git.</summary>
    public static string Find(string projectDirectory)
    {
        var dir = new DirectoryInfo(projectDirectory);
        for (var current = dir; current is not null; current = current.Parent)
        {
            if (current.EnumerateFiles("*.sln").Any() || current.EnumerateFiles("*.slnx").Any()
                || File.Exists(Path.Combine(current.FullName, "Directory.Build.props"))
                || Directory.Exists(Path.Combine(current.FullName, ".git")) || File.Exists(Path.Combine(current.FullName, ".git")))
            {
                return current.FullName;
            }
        }

        return dir.FullName;
    }

    /// <summary>The project and every project it references, directly or not (read from the project files).</summary>
    public static IReadOnlyList<string> ProjectClosure(string projectFile, Action<string> warn)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var order = new List<string>();
        var pending = new Stack<string>();
        pending.Push(Path.GetFullPath(projectFile));
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!seen.Add(current))
            {
                continue;
            }

            order.Add(current);
            foreach (var reference in ProjectReferences(current, warn))
            {
                pending.Push(reference);
            }
        }

        return order;
    }

    /// <summary>Restore inputs found from the project's folder up to the context root.</summary>
    public static IEnumerable<string> RestoreFilesFor(string projectFile, string contextRoot)
    {
        yield return projectFile;
        var root = Normalize(contextRoot);
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(projectFile)!); dir is not null; dir = dir.Parent)
        {
            if (!IsInside(dir.FullName, root))
            {
                yield break;
            }

            foreach (var file in dir.EnumerateFiles())
            {
                if (RestoreFileNames.Any(n => string.Equals(n, file.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    yield return file.FullName;
                }
            }

            if (string.Equals(Normalize(dir.FullName), root, StringComparison.Ordinal))
            {
                yield break;
            }
        }
    }

    /// <summary>Local folder sources a NuGet.config names (absolute paths; only those that exist).</summary>
    public static IEnumerable<string> LocalFeeds(string nugetConfig)
    {
        System.Xml.Linq.XDocument document;
        try
        {
            document = System.Xml.Linq.XDocument.Load(nugetConfig);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Xml.XmlException)
        {
            yield break;
        }

        var directory = Path.GetDirectoryName(nugetConfig)!;
        foreach (var add in document.Descendants().Where(e => e.Name.LocalName == "add" && e.Parent?.Name.LocalName == "packageSources"))
        {
            var value = add.Attribute("value")?.Value;
            if (string.IsNullOrWhiteSpace(value) || value!.Contains("://") || value.Contains("%"))
            {
                continue;
            }

            var path = Path.GetFullPath(Path.Combine(directory, value.Replace('\\', Path.DirectorySeparatorChar)));
            if (Directory.Exists(path))
            {
                yield return path;
            }
        }
    }

    /// <summary>The path relative to the context, with '/'; null when it is outside.</summary>
    public static string? Relative(string contextRoot, string path)
    {
        var root = Normalize(contextRoot);
        var full = Normalize(Path.GetFullPath(path));
        if (string.Equals(full, root, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        return full.StartsWith(root + "/", StringComparison.Ordinal) ? full.Substring(root.Length + 1) : null;
    }

    private static bool IsInside(string path, string normalizedRoot)
    {
        var full = Normalize(path);
        return full == normalizedRoot || full.StartsWith(normalizedRoot + "/", StringComparison.Ordinal);
    }

    private static string Normalize(string path) => Path.GetFullPath(path).Replace('\\', '/').TrimEnd('/');

    private static IEnumerable<string> ProjectReferences(string projectFile, Action<string> warn)
    {
        System.Xml.Linq.XDocument document;
        try
        {
            document = System.Xml.Linq.XDocument.Load(projectFile);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Xml.XmlException)
        {
            warn($"could not read '{projectFile}' to follow its ProjectReferences: {ex.Message}");
            yield break;
        }

        var directory = Path.GetDirectoryName(projectFile)!;
        foreach (var element in document.Descendants().Where(e => e.Name.LocalName == "ProjectReference"))
        {
            var include = element.Attribute("Include")?.Value;
            if (string.IsNullOrWhiteSpace(include) || include!.Contains("$("))
            {
                continue;
            }

            var path = Path.GetFullPath(Path.Combine(directory, include.Replace('\\', Path.DirectorySeparatorChar)));
            if (File.Exists(path))
            {
                yield return path;
            }
            else
            {
                warn($"ProjectReference '{include}' in '{projectFile}' does not exist; it is left out of the Dockerfile's restore layer.");
            }
        }
    }
}
