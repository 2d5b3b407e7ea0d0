using Containerize.Diagnostics;
using System.Text.RegularExpressions;

namespace Containerize.Generation;

/// <summary>Chooses the SDK image and the distroless runtime image from the project's facts.</summary>
public static class ImageSelector
{
    public const string DefaultRegistry = "mcr.microsoft.com/dotnet";

    /// <summary>.NET versions with Ubuntu 24.04 (noble) chiseled images.</summary>
    private static readonly string[] SupportedVersions = { "8.0", "9.0", "10.0" };

    private static readonly Regex TfmPattern = new(@"^net(?<major>\d+)\.(?<minor>\d+)(-[a-z0-9.]+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    /// <summary>Major.minor of a <c>netX.Y</c> target framework; null for others (netstandard, net48, …).</summary>
    public static string? DotnetVersion(string targetFramework)
    {
        var match = TfmPattern.Match(targetFramework ?? string.Empty);
        return match.Success ? match.Groups["major"].Value + "." + match.Groups["minor"].Value : null;
    }

    public static ImageChoice? Select(ProjectFacts facts, string targetFramework, List<GenerationDiagnostic> diagnostics)
    {
        var registry = (string.IsNullOrWhiteSpace(facts.ImageRegistry) ? DefaultRegistry : facts.ImageRegistry!).TrimEnd('/');
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
        var suffix = facts.InvariantGlobalization ? string.Empty : "-extra";
        var runtime = explicitRuntime ?? $"{registry}/{flavor}:{version}-noble-chiseled{suffix}";
        var sdk = FirstNonEmpty(facts.SdkImage) ?? (facts.PublishAot ? $"{registry}/sdk:{version}-noble-aot" : $"{registry}/sdk:{version}");
        return new ImageChoice(sdk, runtime, explicitRuntime is null ? flavor : "custom", version);
    }

    private static string? FirstNonEmpty(params string?[] values) =>
        values.Select(v => v?.Trim()).FirstOrDefault(v => !string.IsNullOrEmpty(v));
}
