namespace Containerize.Analyzers.Tests;

[TestClass]
public sealed class RuleTests
{
    public static IEnumerable<object[]> Rules => Cases().Select(c => new object[] { c.Rule });

    [TestMethod]
    [DynamicData(nameof(Rules))]
    public async Task Rule_reports_at_the_marked_span(string rule)
    {
        var c = Cases().Single(x => x.Rule == rule);
        await AnalyzerVerifier.VerifyAsync(c.Fires, c.Project, c.Manifest);
    }

    [TestMethod]
    [DynamicData(nameof(Rules))]
    public async Task Rule_is_quiet_on_the_fixed_dockerfile(string rule)
    {
        var c = Cases().Single(x => x.Rule == rule);
        await AnalyzerVerifier.VerifyAsync(c.Quiet, c.Project, c.Manifest);
    }

    private static IEnumerable<(string Rule, string Fires, string Quiet, Dictionary<string, string>? Project, string? Manifest)> Cases() =>
        RuleCases.All().Concat(RuleCases.Checks());

    [TestMethod]
    public void Every_rule_has_a_case() =>
        CollectionAssert.AreEquivalent(Containerize.Linting.RuleCatalog.Descriptors.Select(d => d.Id).ToList(), Cases().Select(c => c.Rule).ToList());
}
