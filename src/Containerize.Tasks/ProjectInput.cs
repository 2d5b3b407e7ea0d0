namespace Containerize.Tasks;

/// <summary>One file (or folder) of the project model, as <c>_ContainerizeCollectProjectInputs</c> returned it.</summary>
internal sealed class ProjectInput
{
    public ProjectInput(string fullPath, ProjectInputKind kind, string? declaringProject = null)
    {
        FullPath = fullPath;
        Kind = kind;
        DeclaringProject = declaringProject;
    }

    public string FullPath { get; }

    public ProjectInputKind Kind { get; }

    /// <summary>The project whose evaluation named the file, when known (for messages).</summary>
    public string? DeclaringProject { get; }

    public static ProjectInputKind ParseKind(string? kind) => kind switch
    {
        "Project" => ProjectInputKind.Project,
        "Import" => ProjectInputKind.Import,
        "Restore" => ProjectInputKind.Restore,
        "Feed" => ProjectInputKind.Feed,
        "Output" => ProjectInputKind.Output,
        _ => ProjectInputKind.Input,
    };
}
