using System.Text.RegularExpressions;

namespace Containerize.Linting;

/// <summary>An image reference split into repository, tag and digest, with what it tells about .NET images.</summary>
public sealed class ImageReference
{
    private static readonly Regex DotnetRepository = new(@"(^|/)dotnet/(?<flavor>sdk|aspnet|runtime|runtime-deps|monitor|aspire-dashboard)$", RegexOptions.CultureInvariant);
    private static readonly Regex VersionPrefix = new(@"^(?<version>\d+\.\d+)", RegexOptions.CultureInvariant);

    private ImageReference(string text, string repository, string? tag, string? digest)
    {
        Text = text;
        Repository = repository;
        Tag = tag;
        Digest = digest;
        var match = DotnetRepository.Match(repository);
        DotnetFlavor = match.Success ? match.Groups["flavor"].Value : null;
        DotnetVersion = tag is not null && VersionPrefix.Match(tag) is { Success: true } v ? v.Groups["version"].Value : null;
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

    /// <summary>The .NET version the tag starts with (<c>10.0</c>); null when the tag does not say.</summary>
    public string? DotnetVersion { get; }

    public bool IsDotnet => DotnetFlavor is not null;

    /// <summary>No shell, no package manager: chiseled Ubuntu or distroless (Azure Linux, Google) images.</summary>
    public bool IsDistroless =>
        (Tag ?? string.Empty).IndexOf("chiseled", StringComparison.OrdinalIgnoreCase) >= 0
        || (Tag ?? string.Empty).IndexOf("distroless", StringComparison.OrdinalIgnoreCase) >= 0
        || Repository.IndexOf("distroless", StringComparison.OrdinalIgnoreCase) >= 0;

    /// <summary>True when the image carries ICU: full images, and chiseled/distroless only in their <c>-extra</c> variants.</summary>
    public bool HasIcu => !IsDistroless || (Tag ?? string.Empty).IndexOf("extra", StringComparison.OrdinalIgnoreCase) >= 0;

    public bool IsWindows =>
        (Tag ?? string.Empty).IndexOf("nanoserver", StringComparison.OrdinalIgnoreCase) >= 0
        || (Tag ?? string.Empty).IndexOf("windowsservercore", StringComparison.OrdinalIgnoreCase) >= 0
        || Repository.IndexOf("windows", StringComparison.OrdinalIgnoreCase) >= 0;

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
}
