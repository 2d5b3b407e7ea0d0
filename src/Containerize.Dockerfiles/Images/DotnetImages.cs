namespace Containerize.Dockerfiles;

/// <summary>
/// Microsoft's .NET container image names: which OS release each .NET version is published on, how a tag is put
/// together (family, then <c>-composite</c>, <c>-aot</c>, <c>-extra</c>), and when each version's support ends.
/// One home for the generator (which picks images) and the rules (which suggest them).
/// </summary>
public static class DotnetImages
{
    public const string Registry = "mcr.microsoft.com/dotnet";

    // End of support per version (the Patch Tuesday Microsoft announced; https://dotnet.microsoft.com/platform/support/policy/dotnet-core).
    // Parsed by hand, not with DateTime.ParseExact: culture and format data would load in every cold analyzer run.
    private static readonly string[] EndOfSupportDates =
    {
        "1.0 2019-06-27", "1.1 2019-06-27", "2.0 2018-10-01", "2.1 2021-08-21", "2.2 2019-12-23", "3.0 2020-03-03", "3.1 2022-12-13",
        "5.0 2022-05-10", "6.0 2024-11-12", "7.0 2024-05-14", "8.0 2026-11-10", "9.0 2026-11-10", "10.0 2028-11-14", "11.0 2028-11-14",
    };

    /// <summary>The Ubuntu release the version's Ubuntu and chiseled images use (<c>noble</c> for 8–10, <c>resolute</c> for 11); null when none.</summary>
    public static string? UbuntuRelease(string version) => version switch
    {
        "6.0" or "7.0" => "jammy",
        "8.0" or "9.0" or "10.0" => "noble",
        "11.0" => "resolute",
        _ => null,
    };

    /// <summary>The Azure Linux release of the version's Azure Linux images; null when none.</summary>
    public static string? AzureLinuxRelease(string version) => version switch
    {
        "8.0" or "9.0" or "10.0" or "11.0" => "azurelinux3.0",
        _ => null,
    };

    /// <summary>The OS part of a tag (<c>noble-chiseled</c>, <c>alpine</c>, <c>azurelinux3.0-distroless</c>, empty for Debian); null when the version has no such images.</summary>
    public static string? FamilyTag(string version, DotnetImageFamily family) => family switch
    {
        DotnetImageFamily.Debian => string.Empty,
        DotnetImageFamily.Alpine => "alpine",
        DotnetImageFamily.Ubuntu => UbuntuRelease(version),
        DotnetImageFamily.UbuntuChiseled => VersionNumber(version) >= 6 && UbuntuRelease(version) is { } ubuntu ? ubuntu + "-chiseled" : null,
        DotnetImageFamily.AzureLinux => AzureLinuxRelease(version),
        _ => AzureLinuxRelease(version) is { } azure ? azure + "-distroless" : null,
    };

    /// <summary>
    /// A full image name, e.g. <c>mcr.microsoft.com/dotnet/aspnet:10.0.1-noble-chiseled-composite-extra</c>.
    /// <paramref name="version"/> is major.minor or a full version (a patch is kept); the family's release comes from
    /// its major.minor. Null when the version has no images of that family.
    /// </summary>
    public static string? Name(string registry, string flavor, string version, DotnetImageFamily family, bool extra = false, bool composite = false, bool aot = false)
    {
        if (FamilyTag(MajorMinor(version), family) is not { } os)
        {
            return null;
        }

        var tag = new System.Text.StringBuilder(version);
        if (os.Length > 0)
        {
            tag.Append('-').Append(os);
        }

        if (composite && flavor == "aspnet")
        {
            tag.Append("-composite");
        }

        if (aot && flavor is "runtime-deps" or "sdk")
        {
            tag.Append("-aot");
        }

        if (extra && family is DotnetImageFamily.UbuntuChiseled or DotnetImageFamily.AzureLinuxDistroless or DotnetImageFamily.Alpine && flavor != "sdk")
        {
            tag.Append("-extra");
        }

        return $"{(registry ?? Registry).TrimEnd('/')}/{flavor}:{tag}";
    }

    /// <summary>The family an image's tag belongs to (<c>8.0-jammy-chiseled</c> → UbuntuChiseled), to suggest the same family in another version or flavor.</summary>
    public static DotnetImageFamily FamilyOf(ImageReference image) =>
        image.IsChiseled ? DotnetImageFamily.UbuntuChiseled
        : image.IsAlpine ? DotnetImageFamily.Alpine
        : (image.Distro ?? string.Empty).StartsWith("azurelinux", StringComparison.Ordinal) || (image.Distro ?? string.Empty).StartsWith("cbl-mariner", StringComparison.Ordinal)
            ? (image.IsDistroless ? DotnetImageFamily.AzureLinuxDistroless : DotnetImageFamily.AzureLinux)
        : image.Distro is "noble" or "jammy" or "focal" or "bionic" or "resolute" ? DotnetImageFamily.Ubuntu
        : DotnetImageFamily.Debian;

    /// <summary>The end of support of a .NET version (major.minor); null for versions this table does not know.</summary>
    public static DateTime? EndOfSupport(string? version)
    {
        if (version is null)
        {
            return null;
        }

        foreach (var entry in EndOfSupportDates)
        {
            var space = entry.IndexOf(' ');
            if (version.Length == space && string.CompareOrdinal(entry, 0, version, 0, space) == 0)
            {
                return new DateTime(Number(entry, space + 1, 4), Number(entry, space + 6, 2), Number(entry, space + 9, 2), 0, 0, 0, DateTimeKind.Utc);
            }
        }

        return null;
    }

    /// <summary>The newest long-term-support version this table knows that is still supported on <paramref name="date"/> (for remedies).</summary>
    public static string? LatestLts(DateTime date)
    {
        string? newest = null;
        foreach (var entry in EndOfSupportDates)
        {
            var version = entry.Substring(0, entry.IndexOf(' '));
            var major = (int)(VersionNumber(version) ?? 0);
            if (major >= 6 && major % 2 == 0 && EndOfSupport(version) > date)
            {
                newest = version;
            }
        }

        return newest;
    }

    private static int Number(string text, int start, int length)
    {
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            value = (value * 10) + (text[i] - '0');
        }

        return value;
    }

    /// <summary>Major.minor of a full version (<c>8.0.11</c> → <c>8.0</c>).</summary>
    public static string MajorMinor(string version)
    {
        var first = version.IndexOf('.');
        if (first < 0)
        {
            return version;
        }

        var end = first + 1;
        while (end < version.Length && char.IsDigit(version[end]))
        {
            end++;
        }

        return version.Substring(0, end);
    }

    /// <summary>A major.minor as a number (<c>10.0</c> → 10.0); null when it is not one.</summary>
    public static double? VersionNumber(string? version) => ImageReference.ParseNumber(version);
}
