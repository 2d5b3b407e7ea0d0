using Microsoft.Build.Framework;

namespace Containerize.Tasks;

/// <summary>Computes the build context folder: ContainerizeContextDirectory, else the nearest folder with a .sln/.slnx, Directory.Build.props or .git.</summary>
public sealed class ResolveBuildContext : Microsoft.Build.Utilities.Task
{
    [Required]
    public string ProjectFullPath { get; set; } = string.Empty;

    public string? ContextDirectory { get; set; }

    [Output]
    public string? ContextFullPath { get; set; }

    public override bool Execute()
    {
        ContextFullPath = BuildContext.Resolve(ProjectFullPath, ContextDirectory);
        return true;
    }
}
