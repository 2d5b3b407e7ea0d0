namespace Containerize.Linting;

/// <summary>
/// Facts about the .NET project next to the Dockerfile (MSBuild properties handed to the analyzer, or
/// <c>--property</c> on the command line). Empty when linting a Dockerfile on its own.
/// </summary>
public sealed class ProjectFacts
{
    private readonly IReadOnlyDictionary<string, string> _properties;

    public ProjectFacts(IReadOnlyDictionary<string, string>? properties = null)
    {
        _properties = properties ?? new Dictionary<string, string>();
    }

    public static ProjectFacts None { get; } = new();

    public string? Get(string name) =>
        _properties.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public bool IsTrue(string name) => string.Equals(Get(name), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when any project fact is known: the cross-check rules only run then.</summary>
    public bool IsKnown => Get("TargetFramework") is not null || Get("TargetFrameworks") is not null || Get("AssemblyName") is not null;

    public string? AssemblyName => Get("AssemblyName");

    public string? TargetFramework => Get("ContainerizeTargetFramework") ?? Get("TargetFramework")
        ?? (Get("TargetFrameworks") is { } tfms && tfms.Split(';').Where(t => t.Trim().Length > 0).ToArray() is { Length: 1 } one ? one[0].Trim() : null);

    /// <summary><c>10.0</c> for <c>net10.0</c>; null for other frameworks.</summary>
    public string? DotnetVersion
    {
        get
        {
            var tfm = TargetFramework;
            if (tfm is null || !tfm.StartsWith("net", StringComparison.OrdinalIgnoreCase) || tfm.Length < 6 || !char.IsDigit(tfm[3]))
            {
                return null;
            }

            var body = tfm.Substring(3);
            var dash = body.IndexOf('-');
            if (dash >= 0)
            {
                body = body.Substring(0, dash);
            }

            return body.Contains('.') ? body : null;
        }
    }

    public bool IsWeb => IsTrue("UsingMicrosoftNETSdkWeb") || IsTrue("ContainerizeIsWeb");

    public bool SelfContained => IsTrue("SelfContained");

    public bool PublishAot => IsTrue("PublishAot");

    public bool InvariantGlobalization => IsTrue("InvariantGlobalization");

    /// <summary>Ports from ContainerPort items (the SDK passes them as <c>ContainerizePorts</c>, ';'-separated).</summary>
    public IReadOnlyList<string> Ports =>
        (Get("ContainerizePorts") ?? string.Empty).Split(';').Select(p => p.Trim()).Where(p => p.Length > 0).ToArray();
}
