using Containerize.Imaging;
using Microsoft.Build.Framework;

namespace Containerize.Tasks;

/// <summary>
/// Whether NuGet has credentials for a package source of the project (its NuGet.config files, the user's config,
/// NuGetPackageSourceCredentials_&lt;name&gt; variables), so the generated Dockerfile mounts them on restore. Names the
/// sources only; the credentials stay with NuGet until the image build hands them to BuildKit as a secret.
/// </summary>
public sealed class FindNuGetCredentials : Microsoft.Build.Utilities.Task
{
    /// <summary>The project folder (NuGet reads its configs from there up).</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>True when at least one enabled source has credentials.</summary>
    [Output]
    public bool HasCredentials { get; set; }

    /// <summary>The names of the sources with credentials, for the inputs cache and messages.</summary>
    [Output]
    public string[] Sources { get; set; } = Array.Empty<string>();

    public override bool Execute()
    {
        var credentials = NuGetCredentials.For(ProjectDirectory);
        Sources = credentials.Sources.Where(s => s.Password is not null).Select(s => s.Name).ToArray();
        HasCredentials = Sources.Length > 0;
        return true;
    }
}
