namespace Containerize.Generation;

/// <summary>
/// The image layers the publish output is split into, in the order they are copied: what changes least first,
/// so that a change replaces its own layer and every layer after it, and a code change replaces only the last.
/// </summary>
public enum PublishLayer
{
    /// <summary>Everything that came from a NuGet package: assemblies, runtime-specific natives, the package's static web assets.</summary>
    Packages,

    /// <summary>Static web content: the project's <c>wwwroot/**</c> (and co-located assets) and the static web assets of project references.</summary>
    StaticWeb,

    /// <summary>The outputs of project references: their assemblies, pdbs, documentation files and content.</summary>
    References,

    /// <summary>The app's own compiled output: its assemblies, pdbs and generated files (deps.json, runtimeconfig, manifests).</summary>
    App,
}
