namespace Containerize.Generation;

/// <summary>What the generator needs to know about a project; every path is relative to the build context, with '/'.</summary>
public sealed class ProjectFacts
{
    /// <summary>The project file, e.g. <c>src/Api/Api.csproj</c>.</summary>
    public string ProjectFile { get; set; } = string.Empty;

    public string AssemblyName { get; set; } = string.Empty;

    /// <summary>The target framework to publish (<c>net10.0</c>).</summary>
    public string TargetFramework { get; set; } = string.Empty;

    /// <summary>All target frameworks when the project multi-targets (<c>TargetFrameworks</c>).</summary>
    public IReadOnlyList<string> TargetFrameworks { get; set; } = Array.Empty<string>();

    public bool IsWeb { get; set; }

    public bool SelfContained { get; set; }

    /// <summary>The project's RuntimeIdentifier, if it sets one.</summary>
    public string? RuntimeIdentifier { get; set; }

    public bool PublishTrimmed { get; set; }

    public bool PublishAot { get; set; }

    public bool InvariantGlobalization { get; set; }

    /// <summary>Files restore needs: project files of the ProjectReference closure, Directory.Build.*, NuGet.config….</summary>
    public IReadOnlyList<string> RestoreFiles { get; set; } = Array.Empty<string>();

    /// <summary>Local package folders that NuGet.config names inside the context (copied before restore).</summary>
    public IReadOnlyList<string> RestoreDirectories { get; set; } = Array.Empty<string>();

    /// <summary>Folders holding the sources of the projects in the closure.</summary>
    public IReadOnlyList<string> SourceDirectories { get; set; } = Array.Empty<string>();

    public IReadOnlyList<string> Ports { get; set; } = Array.Empty<string>();

    public IReadOnlyList<KeyValuePair<string, string>> EnvironmentVariables { get; set; } = Array.Empty<KeyValuePair<string, string>>();

    public IReadOnlyList<KeyValuePair<string, string>> Labels { get; set; } = Array.Empty<KeyValuePair<string, string>>();

    /// <summary>Microsoft's ContainerUser; empty: the image's non-root <c>$APP_UID</c>.</summary>
    public string? User { get; set; }

    /// <summary>Replaces <c>mcr.microsoft.com/dotnet</c>.</summary>
    public string? ImageRegistry { get; set; }

    public string? BaseImage { get; set; }

    /// <summary>Microsoft's ContainerBaseImage, read so projects set up for PublishContainer carry over.</summary>
    public string? MicrosoftBaseImage { get; set; }

    public string? SdkImage { get; set; }

    public bool BuildKit { get; set; }

    /// <summary>ContainerizeDockerfileSyntax: a <c># syntax=</c> frontend image, written only when set (it needs a registry).</summary>
    public string? DockerfileSyntax { get; set; }

    /// <summary>NuGet has credentials for a source the restore uses: the BuildKit form mounts them as a secret on restore.</summary>
    public bool NuGetSecret { get; set; }

    public string Configuration { get; set; } = "Release";

    public string? Version { get; set; }

    public string? Description { get; set; }

    public string? RepositoryUrl { get; set; }

    public string? SourceRevisionId { get; set; }

    /// <summary>The Containerize.Sdk version, named in the marker line.</summary>
    public string? SdkVersion { get; set; }
}
