namespace Containerize.Linting;

/// <summary>An image reference split into repository, tag and digest, with what it tells about .NET images.</summary>
public sealed class ImageReference
{
    private static readonly string[] DotnetFlavors = { "sdk", "aspnet", "runtime", "runtime-deps", "monitor", "aspire-dashboard" };

    private ImageReference(string text, string repository, string? tag, string? digest)
    {
        Text = text;
        Repository = repository;
        Tag = tag;
        Digest = digest;
        DotnetFlavor = Flavor(repository);
        DotnetVersion = tag is null ? null : VersionPrefix(tag);
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

    // ".../dotnet/<flavor>" (any registry).
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
        return parentName == "dotnet" && Array.IndexOf(DotnetFlavors, name) >= 0 ? name : null;
    }

    // "10.0-noble-chiseled" -> "10.0"
    private static string? VersionPrefix(string tag)
    {
        var i = 0;
        while (i < tag.Length && char.IsDigit(tag[i]))
        {
            i++;
        }

        if (i == 0 || i >= tag.Length || tag[i] != '.')
        {
            return null;
        }

        var j = i + 1;
        while (j < tag.Length && char.IsDigit(tag[j]))
        {
            j++;
        }

        return j == i + 1 ? null : tag.Substring(0, j);
    }
}
