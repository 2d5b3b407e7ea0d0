using System.Text.Json;
using Containerize.Testing;

namespace Containerize.Linting.Tests;

/// <summary>
/// Agreement with hadolint: each mapped hadolint rule's cases (../shared/corpus/hadolint-cases.json, GPL-3.0,
/// read there as data and never copied) run through our rule; the check code on our findings is compared.
/// At least 95 % per mapped rule; deliberate differences are explained on the rule's doc page.
/// </summary>
[TestClass]
public sealed class HadolintAgreementTests
{
    public static IEnumerable<object[]> MappedRules =>
        RuleCatalog.Descriptors.SelectMany(d => d.HadolintEquivalents.Select(h => new object[] { h, d.Id }));

    [TestMethod]
    [DynamicData(nameof(MappedRules))]
    public void Agrees_with_hadolint_on_its_cases(string hadolintRule, string ourRule)
    {
        var cases = LoadCases().Where(c => c.GetProperty("rule").GetString() == hadolintRule && !c.TryGetProperty("config", out _)).ToList();
        Assert.IsNotEmpty(cases, "no cases for " + hadolintRule);
        var disagreements = new List<string>();
        foreach (var c in cases)
        {
            var onbuild = c.TryGetProperty("onbuild", out var o) && o.GetBoolean();
            var text = (onbuild ? c.GetProperty("dockerfile_onbuild").GetString()! : c.GetProperty("dockerfile").GetString()!) + "\n";
            var expectCatch = c.GetProperty("expect").GetString() == "catches";
            int? count = c.TryGetProperty("count", out var n) ? n.GetInt32() : null;
            var found = Linter.Lint(text, new LintOptions { Only = new[] { ourRule } }).Count(f => f.Check == hadolintRule);
            var agrees = expectCatch ? (count is { } exact ? found == exact : found > 0) : found == 0;
            if (!agrees)
            {
                disagreements.Add($"{c.GetProperty("expect").GetString()}{(count is null ? string.Empty : " " + count)} (found {found}){(onbuild ? " [onbuild]" : string.Empty)}: {JsonSerializer.Serialize(text)}");
            }
        }

        var agreement = 1.0 - ((double)disagreements.Count / cases.Count);
        Console.WriteLine($"{hadolintRule} -> {ourRule}: {cases.Count - disagreements.Count}/{cases.Count} agree ({agreement:P1})");
        foreach (var d in disagreements)
        {
            Console.WriteLine("  " + d);
        }

        Assert.IsGreaterThanOrEqualTo(0.95, agreement, $"{hadolintRule}: {agreement:P1} agreement\n" + string.Join("\n", disagreements));
    }

    private static List<JsonElement> LoadCases()
    {
        var corpus = TestPaths.RequireCorpus();
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpus, "hadolint-cases.json")));
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
