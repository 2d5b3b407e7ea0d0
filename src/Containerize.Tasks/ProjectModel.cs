using Containerize.Generation;

namespace Containerize.Tasks;

/// <summary>
/// The files the container build needs, from the inputs MSBuild collected over the ProjectReference closure: the
/// build context that holds them, what the restore layer copies and what the source stage copies. Files of the
/// toolchain (the .NET SDK, NuGet package folders) and of build outputs are not the repository's and are dropped.
/// </summary>
internal sealed class ProjectModel
{
    private ProjectModel(string context, string contextSource)
    {
        ContextDirectory = context;
        ContextSource = contextSource;
    }

    /// <summary>The build context folder (full path, no trailing separator).</summary>
    public string ContextDirectory { get; }

    /// <summary>Why this folder: <c>ContainerizeContextDirectory</c>, <c>DockerfileContext</c>, <c>repository root</c> or <c>common folder</c>.</summary>
    public string ContextSource { get; }

    /// <summary>Restore inputs relative to the context: project files, imports, NuGet.config, global.json.</summary>
    public List<string> RestoreFiles { get; } = new();

    /// <summary>Local package folders relative to the context.</summary>
    public List<string> RestoreDirectories { get; } = new();

    /// <summary>Project folders relative to the context ("" for the context root).</summary>
    public List<string> SourceDirectories { get; } = new();

    /// <summary>Files outside every project folder that the build reads, relative to the context.</summary>
    public List<string> SourceFiles { get; } = new();

    /// <summary>Needed files the context does not hold (CTZ2010), with the project that needs them.</summary>
    public List<GenerationDiagnostic> Problems { get; } = new();

    /// <summary>Files that apply on this machine only (a user-level NuGet.config outside the context), left out.</summary>
    public List<string> LeftOut { get; } = new();

    /// <summary>Every file of the model (full paths): the incremental inputs of the generation.</summary>
    public List<string> AllFiles { get; } = new();

    /// <param name="projectFullPath">The containerized project.</param>
    /// <param name="inputs">What <c>_ContainerizeCollectProjectInputs</c> returned.</param>
    /// <param name="toolchainDirectories">Folders whose files are not the repository's (.NET SDK, NuGet caches).</param>
    /// <param name="contextDirectory">ContainerizeContextDirectory, relative to the project.</param>
    /// <param name="dockerfileContext">Visual Studio's DockerfileContext, relative to the project.</param>
    public static ProjectModel Build(string projectFullPath, IEnumerable<ProjectInput> inputs, IEnumerable<string> toolchainDirectories, string? contextDirectory, string? dockerfileContext)
    {
        var projectDirectory = Path.GetDirectoryName(Path.GetFullPath(projectFullPath))!;
        var all = inputs.ToList();
        var excluded = toolchainDirectories.Where(d => !string.IsNullOrWhiteSpace(d)).Select(Normalize)
            .Concat(all.Where(i => i.Kind == ProjectInputKind.Output).Select(i => Normalize(i.FullPath)))
            .Where(d => d.Length > 1).Distinct(StringComparer.Ordinal).ToList();
        var projects = all.Where(i => i.Kind == ProjectInputKind.Project).Select(i => Normalize(i.FullPath))
            .Prepend(Normalize(projectFullPath)).Distinct(StringComparer.Ordinal).ToList();
        var projectDirectories = projects.Select(p => Normalize(Path.GetDirectoryName(p)!)).Distinct(StringComparer.Ordinal).ToList();
        var needed = new List<ProjectInput>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in all.Where(i => i.Kind != ProjectInputKind.Output && i.Kind != ProjectInputKind.Project))
        {
            var full = Normalize(input.FullPath);
            if (excluded.Any(d => IsInside(full, d)) || !seen.Add(input.Kind + "|" + full))
            {
                continue;
            }

            // A compile or content file inside a project folder comes with the folder.
            if (input.Kind == ProjectInputKind.Input && projectDirectories.Any(d => IsInside(full, d)))
            {
                continue;
            }

            needed.Add(new ProjectInput(full, input.Kind, input.DeclaringProject));
        }

        var (context, source) = ChooseContext(projectDirectory, contextDirectory, dockerfileContext, projectDirectories, needed);
        var model = new ProjectModel(context, source);
        foreach (var project in projects)
        {
            model.Add(project, ProjectInputKind.Project, null);
        }

        foreach (var input in needed)
        {
            model.Add(input.FullPath, input.Kind, input.DeclaringProject);
        }

        return model;
    }

    /// <summary>The path relative to <paramref name="root"/> with '/', or null when it is outside.</summary>
    public static string? Relative(string root, string path)
    {
        var r = Normalize(root);
        var full = Normalize(path);
        if (string.Equals(full, r, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var prefix = r.EndsWith("/", StringComparison.Ordinal) ? r : r + "/";
        return full.StartsWith(prefix, StringComparison.Ordinal) ? full.Substring(prefix.Length) : null;
    }

    private static (string Context, string Source) ChooseContext(string projectDirectory, string? contextDirectory, string? dockerfileContext, IReadOnlyList<string> projectDirectories, IReadOnlyList<ProjectInput> needed)
    {
        if (!string.IsNullOrWhiteSpace(contextDirectory))
        {
            return (Normalize(Path.Combine(projectDirectory, contextDirectory!)), "ContainerizeContextDirectory");
        }

        if (!string.IsNullOrWhiteSpace(dockerfileContext))
        {
            return (Normalize(Path.Combine(projectDirectory, dockerfileContext!)), "DockerfileContext");
        }

        for (var dir = new DirectoryInfo(projectDirectory); dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            if (System.IO.Directory.Exists(git) || File.Exists(git))
            {
                return (Normalize(dir.FullName), "repository root");
            }
        }

        // No repository: the deepest folder that holds every file the build needs (a machine-wide NuGet.config does not count).
        var common = Normalize(projectDirectory);
        foreach (var path in projectDirectories.Concat(needed.Where(n => n.Kind != ProjectInputKind.Restore).Select(n => n.FullPath)))
        {
            while (!IsInside(Normalize(path), common))
            {
                var parent = Path.GetDirectoryName(common);
                if (parent is null)
                {
                    break;
                }

                common = Normalize(parent);
            }
        }

        return (common, "common folder");
    }

    private void Add(string fullPath, ProjectInputKind kind, string? declaringProject)
    {
        var relative = Relative(ContextDirectory, fullPath);
        if (relative is null)
        {
            if (kind == ProjectInputKind.Restore)
            {
                // A user- or machine-level NuGet.config, or a global.json above the context: it applies on this machine only.
                LeftOut.Add(fullPath);
                return;
            }

            Problems.Add(new GenerationDiagnostic(
                GenerationDiagnosticIds.NeededFileOutsideContext,
                $"The build reads '{fullPath}' ({Describe(kind)}{(declaringProject is null ? string.Empty : " of " + declaringProject)}), but it is outside the build context '{ContextDirectory}' ({ContextSource}), so the container build cannot see it. Set ContainerizeContextDirectory to a folder that holds both, e.g. '{Suggest(fullPath)}'."));
            return;
        }

        AllFiles.Add(fullPath);
        switch (kind)
        {
            case ProjectInputKind.Project:
                RestoreFiles.Add(relative);
                SourceDirectories.Add(Directory(relative));
                break;
            case ProjectInputKind.Import:
            case ProjectInputKind.Restore:
                RestoreFiles.Add(relative);
                break;
            case ProjectInputKind.Feed:
                if (relative.Length > 0)
                {
                    RestoreDirectories.Add(relative);
                }

                break;
            default:
                SourceFiles.Add(relative);
                break;
        }
    }

    private string Suggest(string fullPath)
    {
        var common = ContextDirectory;
        while (Relative(common, fullPath) is null && Path.GetDirectoryName(common) is { } parent)
        {
            common = Normalize(parent);
        }

        return common;
    }

    private static string Describe(ProjectInputKind kind) => kind switch
    {
        ProjectInputKind.Project => "a referenced project",
        ProjectInputKind.Import => "imported during evaluation",
        ProjectInputKind.Feed => "a local package source",
        _ => "an item the build reads",
    };

    private static string Directory(string relativeFile)
    {
        var slash = relativeFile.LastIndexOf('/');
        return slash < 0 ? string.Empty : relativeFile.Substring(0, slash);
    }

    private static bool IsInside(string full, string root) =>
        string.Equals(full, root, StringComparison.Ordinal) || full.StartsWith(root.EndsWith("/", StringComparison.Ordinal) ? root : root + "/", StringComparison.Ordinal);

    private static string Normalize(string path)
    {
        var full = Path.GetFullPath(path).Replace('\\', '/');
        return full.Length > 1 ? full.TrimEnd('/') : full;
    }
}
