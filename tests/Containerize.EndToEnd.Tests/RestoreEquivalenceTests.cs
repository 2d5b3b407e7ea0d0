namespace Containerize.EndToEnd.Tests;

/// <summary>
/// The container's restore resolves what the host's restore resolved: the same libraries at the same versions per
/// target, the same packs and framework references (Blazor's web assets package included), compared between the
/// host's obj/project.assets.json and the one in the image's build stage (docker build --target build).
/// </summary>
[TestClass]
public sealed class RestoreEquivalenceTests
{
    [TestMethod]
    [DynamicData(nameof(Samples.AllNames), typeof(Samples))]
    public void Container_restore_resolves_what_the_host_restores(string name)
    {
        var build = SampleBuild.Of(Samples.Get(name));
        _ = build.HostBuild;
        var host = ProjectAssets.Read(build.HostAssetsPath);
        var container = ProjectAssets.Read(build.ContainerAssetsPath);

        var common = container.Targets.Keys.Intersect(host.Targets.Keys, StringComparer.Ordinal).OrderBy(k => k, StringComparer.Ordinal).ToList();
        Assert.IsNotEmpty(common, $"no target in common: host {string.Join(", ", host.Targets.Keys)}; container {string.Join(", ", container.Targets.Keys)}");

        // A container that restores for a runtime identifier the host's build did not (dotnet restore -r for
        // self-contained and AOT publishing) may download that runtime's packs besides the host's.
        var extraRuntime = container.Targets.Keys.Except(host.Targets.Keys, StringComparer.Ordinal).ToList();
        var problems = new List<string>();
        foreach (var target in common)
        {
            var difference = ProjectAssets.Difference(host.Targets[target], container.Targets[target]);
            if (difference.Length > 0)
            {
                problems.Add($"libraries of {target}: {difference}");
            }
        }

        foreach (var framework in container.Packs.Keys.Intersect(host.Packs.Keys, StringComparer.Ordinal))
        {
            var missing = host.Packs[framework].Except(container.Packs[framework], StringComparer.OrdinalIgnoreCase).ToList();
            var difference = ProjectAssets.Difference(host.Packs[framework], container.Packs[framework]);
            if (extraRuntime.Count > 0 ? missing.Count > 0 : difference.Length > 0)
            {
                problems.Add($"packs of {framework}: {difference}");
            }

            var references = ProjectAssets.Difference(host.FrameworkReferences[framework], container.FrameworkReferences[framework]);
            if (references.Length > 0)
            {
                problems.Add($"framework references of {framework}: {references}");
            }
        }

        Console.WriteLine($"{name}: compared {string.Join(", ", common.Select(t => $"{t} ({host.Targets[t].Count} libraries)"))}; packs: {string.Join(", ", host.Packs.Select(p => $"{p.Key} {p.Value.Count}"))}; container-only targets: {string.Join(", ", extraRuntime)}");
        Assert.IsEmpty(problems, $"the container's restore differs from the host's ({build.HostAssetsPath} vs {build.ContainerAssetsPath}):\n" + string.Join("\n", problems));
    }
}
