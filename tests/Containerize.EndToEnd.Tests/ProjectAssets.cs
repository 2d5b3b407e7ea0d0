using System.Text.Json;

namespace Containerize.EndToEnd.Tests;

/// <summary>What a restore resolved, read from its obj/project.assets.json.</summary>
internal sealed class ProjectAssets
{
    private ProjectAssets(
        IReadOnlyDictionary<string, IReadOnlySet<string>> targets,
        IReadOnlyDictionary<string, IReadOnlySet<string>> packs,
        IReadOnlyDictionary<string, IReadOnlySet<string>> frameworkReferences,
        IReadOnlyDictionary<string, (string Type, IReadOnlyList<string> Files)> libraries)
    {
        Targets = targets;
        Packs = packs;
        FrameworkReferences = frameworkReferences;
        Libraries = libraries;
    }

    /// <summary>Per target ("net10.0", "net10.0/linux-x64"): the resolved libraries as "Name/Version".</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Targets { get; }

    /// <summary>Per framework alias: the packs restore downloaded (targeting, runtime, ILCompiler packs) as "Name/Version".</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Packs { get; }

    /// <summary>Per framework alias: the framework references (Microsoft.NETCore.App, Microsoft.AspNetCore.App).</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> FrameworkReferences { get; }

    /// <summary>Every library ("Name/Version") with its type (package, project) and the files restore lists for it.</summary>
    public IReadOnlyDictionary<string, (string Type, IReadOnlyList<string> Files)> Libraries { get; }

    public static ProjectAssets Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var targets = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var target in root.GetProperty("targets").EnumerateObject())
        {
            targets[target.Name] = target.Value.EnumerateObject().Select(l => l.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        }

        var packs = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        var frameworkReferences = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var framework in root.GetProperty("project").GetProperty("frameworks").EnumerateObject())
        {
            packs[framework.Name] = framework.Value.TryGetProperty("downloadDependencies", out var downloads)
                ? downloads.EnumerateArray().Select(d => d.GetProperty("name").GetString() + "/" + d.GetProperty("version").GetString()).ToHashSet(StringComparer.OrdinalIgnoreCase)
                : new HashSet<string>();
            frameworkReferences[framework.Name] = framework.Value.TryGetProperty("frameworkReferences", out var references)
                ? references.EnumerateObject().Select(r => r.Name).ToHashSet(StringComparer.OrdinalIgnoreCase)
                : new HashSet<string>();
        }

        var libraries = new Dictionary<string, (string, IReadOnlyList<string>)>(StringComparer.OrdinalIgnoreCase);
        foreach (var library in root.GetProperty("libraries").EnumerateObject())
        {
            var files = library.Value.TryGetProperty("files", out var list) ? list.EnumerateArray().Select(f => f.GetString()!).ToList() : new List<string>();
            libraries[library.Name] = (library.Value.GetProperty("type").GetString()!, files);
        }

        return new ProjectAssets(targets, packs, frameworkReferences, libraries);
    }

    /// <summary>"missing in B: …; only in B: …", or empty when the sets are equal.</summary>
    public static string Difference(IReadOnlySet<string> expected, IReadOnlySet<string> actual)
    {
        var missing = expected.Except(actual, StringComparer.OrdinalIgnoreCase).OrderBy(x => x, StringComparer.Ordinal).ToList();
        var extra = actual.Except(expected, StringComparer.OrdinalIgnoreCase).OrderBy(x => x, StringComparer.Ordinal).ToList();
        var parts = new List<string>();
        if (missing.Count > 0)
        {
            parts.Add("missing in the container: " + string.Join(", ", missing));
        }

        if (extra.Count > 0)
        {
            parts.Add("only in the container: " + string.Join(", ", extra));
        }

        return string.Join("; ", parts);
    }
}
