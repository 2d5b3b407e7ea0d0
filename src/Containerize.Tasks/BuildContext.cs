namespace Containerize.Tasks;

/// <summary>The build context of a Dockerfile the SDK did not generate (a generated one names its own, from the project model).</summary>
internal static class BuildContext
{
    /// <summary>ContainerizeContextDirectory, else Visual Studio's DockerfileContext (both relative to the project), else <see cref="Find"/>.</summary>
    public static string Resolve(string projectFullPath, string? contextDirectory, string? dockerfileContext = null)
    {
        var projectDirectory = Path.GetDirectoryName(Path.GetFullPath(projectFullPath))!;
        var chosen = string.IsNullOrWhiteSpace(contextDirectory) ? dockerfileContext : contextDirectory;
        return string.IsNullOrWhiteSpace(chosen)
            ? Find(projectDirectory)
            : Path.GetFullPath(Path.Combine(projectDirectory, chosen!));
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

}
