using Containerize.Testing;

namespace Containerize.Linting.Tests;

/// <summary>Every rule has its docs/rules page, its README row and its release-tracking entry.</summary>
[TestClass]
public sealed class RuleDocumentationTests
{
    public static IEnumerable<object[]> Rules => RuleCatalog.Descriptors.Select(d => new object[] { d.Id });

    [TestMethod]
    [DynamicData(nameof(Rules))]
    public void Rule_has_a_page_with_its_sections(string id)
    {
        var path = Path.Combine(TestPaths.RepoRoot, "docs", "rules", id + ".md");
        Assert.IsTrue(File.Exists(path), $"{id} has no page at docs/rules/{id}.md");
        var page = File.ReadAllText(path);
        var rule = RuleCatalog.Find(id)!;
        StringAssert.StartsWith(page, $"# {id}: {rule.Title}");
        foreach (var section in new[] { "## What it reports", "## Why it matters", "## Bad", "## Good", "## Suppress it" })
        {
            StringAssert.Contains(page, section, $"{id}.md lacks '{section}'");
        }

        foreach (var hadolint in rule.HadolintEquivalents)
        {
            StringAssert.Contains(page, hadolint, $"{id}.md must name its hadolint equivalent {hadolint}");
        }
    }

    [TestMethod]
    [DynamicData(nameof(Rules))]
    public void Rule_has_a_readme_row(string id) =>
        StringAssert.Contains(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md")), $"| [{id}](docs/rules/{id}.md) | {RuleCatalog.Find(id)!.Title} |");

    [TestMethod]
    [DynamicData(nameof(Rules))]
    public void Rule_has_a_release_tracking_entry(string id)
    {
        var folder = Path.Combine(TestPaths.RepoRoot, "src", "Containerize.Analyzers");
        var releases = File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Shipped.md")) + File.ReadAllText(Path.Combine(folder, "AnalyzerReleases.Unshipped.md"));
        var rule = RuleCatalog.Find(id)!;
        var severity = rule.DefaultSeverity.ToString();
        StringAssert.Contains(releases, $"{id} | Containerize.{rule.Category} | {severity} |");
    }

    [TestMethod]
    public void Ids_are_unique_and_in_their_category_range()
    {
        var ids = RuleCatalog.Descriptors.Select(d => d.Id).ToList();
        Assert.HasCount(ids.Distinct().Count(), ids);
        foreach (var d in RuleCatalog.Descriptors)
        {
            var expected = d.Category switch
            {
                RuleCategory.BaseImageAndStages => "CTZ11",
                RuleCategory.LayersAndSize => "CTZ12",
                RuleCategory.SecurityAndRuntime => "CTZ13",
                RuleCategory.Style => "CTZ15",
                _ => "CTZ14",
            };
            StringAssert.StartsWith(d.Id, expected);
            Assert.AreEqual("Containerize." + d.Category, d.CategoryName, d.Id + ": the Roslyn category is the enum name");
            Assert.IsFalse(d.Title.EndsWith('.'), d.Id + ": titles have no final period");
        }
    }
}
