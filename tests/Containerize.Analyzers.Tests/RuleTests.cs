namespace Containerize.Analyzers.Tests;

[TestClass]
public sealed class RuleTests
{
    public static IEnumerable<object[]> Rules => RuleCases.All().Select(c => new object[] { c.Rule });

    [TestMethod]
    [DynamicData(nameof(Rules))]
    public async Task Rule_reports_at_the_marked_span(string rule)
    {
        var c = RuleCases.All().Single(x => x.Rule == rule);
        await AnalyzerVerifier.VerifyAsync(c.Fires, c.Project, c.Manifest);
    }

    [TestMethod]
    [DynamicData(nameof(Rules))]
    public async Task Rule_is_quiet_on_the_fixed_dockerfile(string rule)
    {
        var c = RuleCases.All().Single(x => x.Rule == rule);
        await AnalyzerVerifier.VerifyAsync(c.Quiet, c.Project, c.Manifest);
    }

    [TestMethod]
    public void Every_rule_has_a_case() =>
        CollectionAssert.AreEquivalent(Containerize.Linting.RuleCatalog.Descriptors.Select(d => d.Id).ToList(), RuleCases.All().Select(c => c.Rule).ToList());
}
