using Microsoft.Build.Framework;

namespace Containerize.Tasks;

/// <summary>
/// The build context of the project's image: ContainerizeContextDirectory, else DockerfileContext, else the one the
/// generated Dockerfile was made for (recorded by the generation), else the nearest folder with a .sln/.slnx,
/// Directory.Build.props or .git (a Dockerfile of the user's).
/// </summary>
public sealed class ResolveBuildContext : Microsoft.Build.Utilities.Task
{
    [Required]
    public string ProjectFullPath { get; set; } = string.Empty;

    public string? ContextDirectory { get; set; }

    /// <summary>Visual Studio's DockerfileContext, relative to the project.</summary>
    public string? DockerfileContext { get; set; }

    /// <summary>The file where the generation recorded its context (read when it exists and no property names one).</summary>
    public string? GeneratedContextFile { get; set; }

    [Output]
    public string? ContextFullPath { get; set; }

    public override bool Execute()
    {
        if (string.IsNullOrWhiteSpace(ContextDirectory) && string.IsNullOrWhiteSpace(DockerfileContext)
            && !string.IsNullOrWhiteSpace(GeneratedContextFile) && File.Exists(GeneratedContextFile)
            && File.ReadAllText(GeneratedContextFile).Trim() is { Length: > 0 } recorded)
        {
            ContextFullPath = recorded;
            return true;
        }

        ContextFullPath = BuildContext.Resolve(ProjectFullPath, ContextDirectory, DockerfileContext);
        return true;
    }
}
