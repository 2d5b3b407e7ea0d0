using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>
/// CTZ1123: FROM --platform names an OS the base image's tag is not built for (Windows-only nanoserver/windowsservercore
/// tags on linux, Linux distro tags on windows). The statically knowable part of BuildKit's InvalidBaseImagePlatform.
/// </summary>
public sealed class BaseImagePlatformMismatchRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.BaseImagePlatformMismatch,
        "An image tag exists for the operating systems it was built for; asking for another one fails the pull, or picks a variant the rest of the Dockerfile does not expect.");

    private static readonly string[] LinuxTags = { "alpine", "bookworm", "bullseye", "buster", "jammy", "noble", "focal", "resolute", "azurelinux", "mariner", "cbl-mariner", "chiseled", "slim" };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var stage in context.Stages)
        {
            if (stage.From?.GetFlag("platform") is not { Value: { Length: > 0 } platform } flag || platform.IndexOf('$') >= 0 || stage.BaseImage is not { } image || image.HasVariable)
            {
                continue;
            }

            var os = platform.Split('/')[0].ToLowerInvariant();
            var imageOs = image.IsWindows ? "windows" : IsLinuxTag(image.Tag) ? "linux" : null;
            if (imageOs is not null && os is "linux" or "windows" && os != imageOs)
            {
                context.RaiseCheck(Rule, flag.Span, "InvalidBaseImagePlatform", platform, os == "linux" ? "Linux" : "Windows", image.Text, imageOs == "linux" ? "Linux" : "Windows");
            }
        }
    }

    private static bool IsLinuxTag(string? tag)
    {
        foreach (var word in LinuxTags)
        {
            if ((tag ?? string.Empty).IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
