namespace Containerize.Dockerfiles;

/// <summary>The OS family of a Microsoft .NET image tag; the release name per .NET version comes from <see cref="DotnetImages"/>.</summary>
public enum DotnetImageFamily
{
    /// <summary>Debian, the tag without an OS part (<c>10.0</c>).</summary>
    Debian,

    /// <summary>Ubuntu (<c>10.0-noble</c>, <c>11.0-resolute</c>).</summary>
    Ubuntu,

    /// <summary>Chiseled Ubuntu: no shell, no package manager, non-root (<c>10.0-noble-chiseled</c>).</summary>
    UbuntuChiseled,

    /// <summary>Alpine (<c>10.0-alpine</c>).</summary>
    Alpine,

    /// <summary>Azure Linux (<c>10.0-azurelinux3.0</c>).</summary>
    AzureLinux,

    /// <summary>Distroless Azure Linux (<c>10.0-azurelinux3.0-distroless</c>).</summary>
    AzureLinuxDistroless,
}
