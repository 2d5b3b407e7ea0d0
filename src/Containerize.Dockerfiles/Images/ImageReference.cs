using System.Globalization;

namespace Containerize.Dockerfiles;

/// <summary>
/// An image reference split into repository, tag and digest, with what its name tells about Microsoft's .NET images
/// (flavor, version, distro and variants of a tag such as <c>10.0.1-noble-chiseled-composite-extra</c>). The one
/// parser of image references for the generator and the rules; <see cref="DotnetImages"/> builds names.
/// </summary>
public sealed class ImageReference
{
    private static readonly string[] DotnetFlavors = { "sdk", "aspnet", "runtime", "runtime-deps", "monitor", "aspire-dashboard" };

    private static readonly string[] Architectures = { "amd64", "arm64v8", "arm32v7", "arm64", "arm32" };

    private ImageReference(string text, string repository, string? tag, string? digest)
    {
        Text = text;
        Repository = repository;
        Tag = tag;
        Digest = digest;
        DotnetFlavor = Flavor(repository);
        if (tag is not null)
        {
            DotnetVersion = VersionPrefix(tag, out var full);
            DotnetVersionText = full;
            ReadVariants(DotnetVersion is null ? tag : tag.Substring(full!.Length));
        }
    }

    public string Text { get; }

    /// <summary>Registry and path, without tag or digest.</summary>
    public string Repository { get; }

    public string? Tag { get; }

    public string? Digest { get; }

    public bool HasVariable => Text.Contains('$');

    public bool IsScratch => string.Equals(Text, "scratch", StringComparison.OrdinalIgnoreCase);

    /// <summary><c>sdk</c>, <c>aspnet</c>, <c>runtime</c>, <c>runtime-deps</c>… for Microsoft's .NET images; null otherwise.</summary>
    public string? DotnetFlavor { get; }

    public bool IsDotnet => DotnetFlavor is not null;

    /// <summary>The .NET major.minor the tag starts with (<c>10.0</c>); null when the tag does not say.</summary>
    public string? DotnetVersion { get; }

    /// <summary>The version as written in the tag, patch and preview included (<c>8.0.11</c>, <c>10.0.0-rc.2</c>).</summary>
    public string? DotnetVersionText { get; }

    /// <summary>The registry and path the flavor sits under (<c>mcr.microsoft.com/dotnet</c>); null for other images.</summary>
    public string? DotnetRegistry => DotnetFlavor is null ? null : Repository.Substring(0, Repository.Length - DotnetFlavor.Length - 1);

    /// <summary>The OS part of a .NET tag (<c>noble</c>, <c>alpine3.20</c>, <c>bookworm-slim</c>, <c>azurelinux3.0</c>); null for the default (Debian).</summary>
    public string? Distro { get; private set; }

    public bool IsChiseled { get; private set; }

    public bool IsExtra { get; private set; }

    public bool IsComposite { get; private set; }

    public bool IsAot { get; private set; }

    /// <summary>A preview or release-candidate tag (<c>10.0-preview</c>, <c>10.0.0-rc.2</c>).</summary>
    public bool IsPreview { get; private set; }

    public bool IsAlpine =>
        (Distro ?? string.Empty).StartsWith("alpine", StringComparison.OrdinalIgnoreCase)
        || Repository == "alpine" || Repository.EndsWith("/alpine", StringComparison.Ordinal)
        || (DotnetFlavor is null && (Tag ?? string.Empty).IndexOf("alpine", StringComparison.OrdinalIgnoreCase) >= 0);

    /// <summary>No shell, no package manager: chiseled Ubuntu or distroless (Azure Linux, Google) images.</summary>
    public bool IsDistroless =>
        (Tag ?? string.Empty).IndexOf("chiseled", StringComparison.OrdinalIgnoreCase) >= 0
        || (Tag ?? string.Empty).IndexOf("distroless", StringComparison.OrdinalIgnoreCase) >= 0
        || Repository.IndexOf("distroless", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>
    /// True when the image carries ICU: full Debian/Ubuntu/Azure Linux images, and chiseled, distroless and Alpine
    /// .NET images only in their <c>-extra</c> variants.
    /// </summary>
    public bool HasIcu => !(IsDistroless || IsAlpine) || (Tag ?? string.Empty).IndexOf("extra", StringComparison.OrdinalIgnoreCase) >= 0;

    public bool IsWindows =>
        (Tag ?? string.Empty).IndexOf("nanoserver", StringComparison.OrdinalIgnoreCase) >= 0
        || (Tag ?? string.Empty).IndexOf("windowsservercore", StringComparison.OrdinalIgnoreCase) >= 0
        || (Tag ?? string.Empty).IndexOf("ltsc20", StringComparison.OrdinalIgnoreCase) >= 0
        || Repository.IndexOf("windows", StringComparison.OrdinalIgnoreCase) >= 0
        || Repository.StartsWith("mcr.microsoft.com/dotnet/framework/", StringComparison.OrdinalIgnoreCase);

    /// <summary>The .NET version as a comparable number (<c>10.0</c> → 10.0, <c>3.1</c> → 3.1); null when unknown.</summary>
    public double? DotnetVersionNumber => DotnetImages.VersionNumber(DotnetVersion);

    public static ImageReference Parse(string text)
    {
        text = (text ?? string.Empty).Trim();
        string? digest = null;
        var at = text.IndexOf('@');
        var rest = text;
        if (at >= 0)
        {
            digest = text.Substring(at + 1);
            rest = text.Substring(0, at);
        }

        string? tag = null;
        var colon = rest.LastIndexOf(':');
        if (colon > rest.LastIndexOf('/'))
        {
            tag = rest.Substring(colon + 1);
            rest = rest.Substring(0, colon);
        }

        return new ImageReference(text, rest, tag, digest);
    }

    public override string ToString() => Text;

    // ".../dotnet/<flavor>" (any registry), and the older ".../dotnet/core/<flavor>".
    private static string? Flavor(string repository)
    {
        var slash = repository.LastIndexOf('/');
        if (slash < 0)
        {
            return null;
        }

        var name = repository.Substring(slash + 1);
        var parent = repository.Substring(0, slash);
        var parentName = parent.Substring(parent.LastIndexOf('/') + 1);
        if (parentName == "core" && parent.EndsWith("dotnet/core", StringComparison.Ordinal))
        {
            parentName = "dotnet";
        }

        return parentName == "dotnet" && Array.IndexOf(DotnetFlavors, name) >= 0 ? name : null;
    }

    // "10.0.1-noble-chiseled" -> "10.0" (full: "10.0.1"); "10.0.0-rc.2-noble" -> full "10.0.0-rc.2".
    private static string? VersionPrefix(string tag, out string? full)
    {
        full = null;
        var i = Digits(tag, 0);
        if (i == 0 || i >= tag.Length || tag[i] != '.')
        {
            return null;
        }

        var j = Digits(tag, i + 1);
        if (j == i + 1)
        {
            return null;
        }

        var end = j;
        while (end < tag.Length && tag[end] == '.' && Digits(tag, end + 1) > end + 1)
        {
            end = Digits(tag, end + 1);
        }

        // A pre-release part: "-preview", "-preview.7", "-rc.2".
        if (end < tag.Length && tag[end] == '-')
        {
            var next = tag.IndexOf('-', end + 1);
            var part = next < 0 ? tag.Substring(end + 1) : tag.Substring(end + 1, next - end - 1);
            if (part.StartsWith("preview", StringComparison.OrdinalIgnoreCase) || part.StartsWith("rc", StringComparison.OrdinalIgnoreCase))
            {
                end = next < 0 ? tag.Length : next;
            }
        }

        full = tag.Substring(0, end);
        return tag.Substring(0, j);
    }

    private static int Digits(string text, int start)
    {
        var i = start;
        while (i < text.Length && text[i] >= '0' && text[i] <= '9')
        {
            i++;
        }

        return i;
    }

    private void ReadVariants(string rest)
    {
        var distro = new System.Text.StringBuilder();
        IsPreview = DotnetVersionText is { } v && v.IndexOf('-') >= 0;
        foreach (var part in rest.Split('-'))
        {
            switch (part.ToLowerInvariant())
            {
                case "":
                    break;
                case "chiseled":
                case "distroless":
                    IsChiseled |= part == "chiseled";
                    break;
                case "extra":
                    IsExtra = true;
                    break;
                case "composite":
                    IsComposite = true;
                    break;
                case "aot":
                    IsAot = true;
                    break;
                case "preview":
                case "rc":
                    IsPreview = true;
                    break;
                default:
                    if (Array.IndexOf(Architectures, part) < 0)
                    {
                        distro.Append(distro.Length == 0 ? string.Empty : "-").Append(part);
                    }

                    break;
            }
        }

        Distro = distro.Length == 0 ? null : distro.ToString();
    }

    internal static double? ParseNumber(string? text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null;
}
