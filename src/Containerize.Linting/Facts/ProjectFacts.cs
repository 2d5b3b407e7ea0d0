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

    public string? TargetFramework => Get("ContainerizeTargetFramework") ?? Get("TargetFramework") ?? SingleOf(Get("TargetFrameworks"));

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
    public IReadOnlyList<string> Ports => ListOf(Get("ContainerizePorts"));

    /// <summary>The one framework of a TargetFrameworks list with one entry; null for none or several.</summary>
    private static string? SingleOf(string? list) => ListOf(list) is { Count: 1 } one ? one[0] : null;

    /// <summary>The trimmed, non-empty entries of a ';'-separated MSBuild list.</summary>
    private static List<string> ListOf(string? list)
    {
        var entries = new List<string>();
        foreach (var entry in (list ?? string.Empty).Split(';'))
        {
            if (entry.Trim() is { Length: > 0 } trimmed)
            {
                entries.Add(trimmed);
            }
        }

        return entries;
    }
}
