namespace Containerize.Dockerfiles;

/// <summary>Which file names are Dockerfiles: <c>Dockerfile</c>, <c>*.Dockerfile</c>, <c>Dockerfile.*</c> (not <c>*.dockerignore</c>). Shared by the analyzer and the CLI.</summary>
public static class DockerfileNames
{
    public static bool IsDockerfile(string fileName)
    {
        var name = fileName ?? string.Empty;
        var slash = Math.Max(name.LastIndexOf('/'), name.LastIndexOf('\\'));
        if (slash >= 0)
        {
            name = name.Substring(slash + 1);
        }

        if (name.EndsWith(".dockerignore", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return string.Equals(name, "Dockerfile", StringComparison.OrdinalIgnoreCase)
            || name.EndsWith(".Dockerfile", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("Dockerfile.", StringComparison.OrdinalIgnoreCase);
    }
}
