using Containerize.Dockerfiles;
using Containerize.Diagnostics;
using System.Text.RegularExpressions;

namespace Containerize.Generation;

/// <summary>Chooses the SDK image and the distroless runtime image from the project's facts.</summary>
public static class ImageSelector
{
    public const string DefaultRegistry = "mcr.microsoft.com/dotnet";

    /// <summary>
    /// The build argument that names the registry of the .NET images in generated Dockerfiles, so the file does not
    /// depend on the machine that wrote it; <c>docker build --build-arg ContainerizeImageRegistry</c> takes it from
    /// the environment variable of the same name, and the SDK's image build passes it.
    /// </summary>
    public const string RegistryArgument = "ContainerizeImageRegistry";

    /// <summary>.NET versions with Ubuntu 24.04 (noble) chiseled images.</summary>
    private static readonly string[] SupportedVersions = { "8.0", "9.0", "10.0" };

    private static readonly Regex TfmPattern = new(@"^net(?<major>\d+)\.(?<minor>\d+)(-[a-z0-9.]+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Major.minor of a <c>netX.Y</c> target framework; null for others (netstandard, net48, …).</summary>
    public static string? DotnetVersion(string targetFramework)
    {
        var match = TfmPattern.Match(targetFramework ?? string.Empty);
        return match.Success ? match.Groups["major"].Value + "." + match.Groups["minor"].Value : null;
    }

    /// <summary>
    /// The framework a multi-targeted project containerizes when it names none: the highest one with .NET images;
    /// null when none has them.
    /// </summary>
    public static string? PreferredTargetFramework(IEnumerable<string> targetFrameworks) =>
        targetFrameworks.Select(t => t.Trim())
            .Where(t => DotnetVersion(t) is { } v && Array.IndexOf(SupportedVersions, v) >= 0)
            .OrderByDescending(t => new Version(DotnetVersion(t)!))
            .ThenBy(t => t.Length)
            .FirstOrDefault();

    /// <param name="registry">The registry part of the .NET images, e.g. <c>${ContainerizeImageRegistry}</c> or a host name.</param>
    public static ImageChoice? Select(ProjectFacts facts, string targetFramework, List<GenerationDiagnostic> diagnostics, string? registry = null)
    {
        registry = (string.IsNullOrWhiteSpace(registry) ? DefaultRegistry : registry!).TrimEnd('/');
        var version = DotnetVersion(targetFramework);
        var explicitRuntime = FirstNonEmpty(facts.BaseImage, facts.MicrosoftBaseImage);
        if (!string.IsNullOrWhiteSpace(facts.BaseImage) && !string.IsNullOrWhiteSpace(facts.MicrosoftBaseImage)
            && !string.Equals(facts.BaseImage!.Trim(), facts.MicrosoftBaseImage!.Trim(), StringComparison.Ordinal))
        {
            diagnostics.Add(new GenerationDiagnostic(
                DiagnosticCatalog.ConflictingBaseImage.Id,
                $"ContainerizeBaseImage '{facts.BaseImage}' and ContainerBaseImage '{facts.MicrosoftBaseImage}' name different base images. Set only one of them (ContainerizeBaseImage wins for Containerize.Sdk)."));
            return null;
        }

        if (version is null || Array.IndexOf(SupportedVersions, version) < 0)
        {
            if (explicitRuntime is not null && !string.IsNullOrWhiteSpace(facts.SdkImage))
            {
                return new ImageChoice(facts.SdkImage!.Trim(), explicitRuntime, "custom", version ?? targetFramework);
            }

            diagnostics.Add(new GenerationDiagnostic(
                DiagnosticCatalog.UnknownTargetFramework.Id,
                $"TargetFramework '{targetFramework}' has no .NET container images to map to (supported: net{string.Join(", net", SupportedVersions)}). Target one of those, or set both ContainerizeBaseImage and ContainerizeSdkImage."));
            return null;
        }

        var flavor = facts.PublishAot || facts.SelfContained ? "runtime-deps" : facts.IsWeb ? "aspnet" : "runtime";
        // A named family is the tag as Microsoft spells it; the default family gets ICU and time zones unless invariant.
        var family = FirstNonEmpty(facts.Family);
        // Names come from the one .NET image vocabulary the rules suggest from too (DotnetImages: the OS release per version).
        var runtime = explicitRuntime
            ?? (family is null
                ? DotnetImages.Name(registry, flavor, version, DotnetImageFamily.UbuntuChiseled, extra: !facts.InvariantGlobalization)!
                : $"{registry}/{flavor}:{version}-{family}");
        var sdk = FirstNonEmpty(facts.SdkImage)
            ?? DotnetImages.Name(registry, "sdk", version, facts.PublishAot ? DotnetImageFamily.Ubuntu : DotnetImageFamily.Debian, aot: facts.PublishAot)!;
        return new ImageChoice(sdk, runtime, explicitRuntime is null ? flavor : "custom", version);
    }

    private static string? FirstNonEmpty(params string?[] values) =>
        values.Select(v => v?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v));
}
