namespace Containerize.Tasks;

/// <summary>What a file of the project model is to the container build (see Containerize.Collect.targets).</summary>
internal enum ProjectInputKind
{
    /// <summary>A project file of the closure; its folder goes into the source stage.</summary>
    Project,

    /// <summary>A file MSBuild imported while evaluating a project: the restore layer needs it.</summary>
    Import,

    /// <summary>A NuGet.config that applies, or global.json: the restore layer needs it.</summary>
    Restore,

    /// <summary>A local package folder: copied before restore.</summary>
    Feed,

    /// <summary>A file the compile or publish reads: copied with the sources.</summary>
    Input,

    /// <summary>A folder the build writes (obj/, bin/): nothing under it is copied.</summary>
    Output,
}
