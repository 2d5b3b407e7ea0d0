using System.Text.Json;
using Containerize.Dockerfiles;
using Containerize.Testing;

namespace Containerize.Linting.Tests;

/// <summary>
/// Agreement with BuildKit's build checks: the cases of moby/buildkit's dockerfile_lint_test.go (Apache-2.0, copied with
/// attribution to testdata/buildkit-lint, see its NOTICE.md) run through our rules; for every check, each instruction
/// where BuildKit or we report it is an item, agreeing when both report it the same number of times (a quiet case is one
/// item). At least 95 % per check; each deliberate difference is listed here and explained on the rule's page.
/// </summary>
[TestClass]
public sealed class BuildKitAgreementTests
{
    /// <summary>Deliberate differences: check, case test name, line, and a phrase the rule's page uses to explain it.</summary>
    private static readonly (string Check, string Test, int Line, string Explained)[] Deviations =
    {
    };

    public static IEnumerable<object[]> Checks => BuildKitChecks.All.Select(c => new object[] { c.Name });

    [TestMethod]
    public void Every_check_of_buildkit_is_covered_by_a_catalogued_code()
    {
        Assert.HasCount(22, BuildKitChecks.All);
        foreach (var check in BuildKitChecks.All)
        {
            Assert.IsNotNull(Containerize.Diagnostics.DiagnosticCatalog.Find(check.RuleId), check.Name);
            Assert.IsTrue(check.RuleId.StartsWith("CTZ0", StringComparison.Ordinal) || RuleCatalog.Find(check.RuleId) is not null, check.Name);
        }
    }

    [TestMethod]
    [DynamicData(nameof(Checks))]
    public void Check_is_named_on_its_page(string name)
    {
        var check = BuildKitChecks.Find(name)!;
        var page = check.RuleId.StartsWith("CTZ0", StringComparison.Ordinal)
            ? File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "README.md"))
            : File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "rules", check.RuleId + ".md"));
        StringAssert.Contains(page, name, $"{check.RuleId}'s documentation must name BuildKit's {name}");
        foreach (var deviation in Deviations.Where(d => d.Check == name))
        {
            StringAssert.Contains(page, deviation.Explained, $"{check.RuleId}.md must explain the difference on {deviation.Test} line {deviation.Line}");
        }
    }

    [TestMethod]
    [DynamicData(nameof(Checks))]
    public void Agrees_with_buildkit_on_its_cases(string name)
    {
        var cases = LoadCases().Where(c => c.GetProperty("checks").EnumerateArray().Any(x => x.GetString() == name)).ToList();
        Assert.IsNotEmpty(cases, "no cases for " + name);
        int items = 0, agreed = 0, deviations = 0;
        var report = new List<string>();
        foreach (var c in cases)
        {
            var test = c.GetProperty("test").GetString()!;
            var text = c.GetProperty("dockerfile").GetString()!;
            if (c.TryGetProperty("excluded", out var why))
            {
                report.Add($"  excluded {test}: {why.GetString()}");
                continue;
            }

            var dockerfile = Dockerfile.Parse(text);
            var manifest = c.TryGetProperty("dockerignore", out var ignore)
                ? ContextManifest.Parse(new ContextManifestBuilder().Build(DockerIgnore.Parse(ignore.GetString()!), stable: false))
                : null;
            var ours = Linter.Syntax(dockerfile).Concat(Linter.Lint(dockerfile, new LintOptions { Manifest = manifest }))
                .Where(f => BuildKitChecks.Of(f)?.Name == name)
                .Select(f => InstructionLine(dockerfile, f.Range.Start.Line))
                .ToList();
            var theirs = c.GetProperty("warnings").EnumerateArray()
                .Where(w => w.GetProperty("rule").GetString() == name)
                .Select(w => InstructionLine(dockerfile, w.GetProperty("line").GetInt32()))
                .ToList();
            var lines = ours.Concat(theirs).Distinct().OrderBy(l => l).ToList();
            if (lines.Count == 0)
            {
                items++;
                agreed++;
                continue;
            }

            foreach (var line in lines)
            {
                items++;
                int a = ours.Count(l => l == line), b = theirs.Count(l => l == line);
                if (a == b)
                {
                    agreed++;
                }
                else if (Deviations.Any(d => d.Check == name && d.Test == test && d.Line == line))
                {
                    deviations++;
                    report.Add($"  deliberate difference {test} line {line}: BuildKit {b}, ours {a}");
                }
                else
                {
                    report.Add($"  {test} line {line}: BuildKit {b}, ours {a}: {JsonSerializer.Serialize(text)}");
                }
            }
        }

        var raw = (double)agreed / items;
        var adjusted = (double)agreed / (items - deviations);
        Console.WriteLine($"{name} -> {BuildKitChecks.Find(name)!.RuleId}: {agreed}/{items} agree ({raw:P1}); without {deviations} deliberate difference(s): {adjusted:P1}");
        foreach (var line in report)
        {
            Console.WriteLine(line);
        }

        Assert.IsGreaterThanOrEqualTo(0.95, adjusted, $"{name}: {adjusted:P1} agreement\n" + string.Join("\n", report));
    }

    /// <summary>The first line of the instruction that covers <paramref name="line"/> (BuildKit and we anchor some warnings differently inside one instruction).</summary>
    private static int InstructionLine(Dockerfile dockerfile, int line)
    {
        foreach (var instruction in dockerfile.Instructions)
        {
            if (line >= instruction.StartLine && line <= instruction.EndLine)
            {
                return instruction.StartLine;
            }
        }

        return line;
    }

    private static List<JsonElement> LoadCases()
    {
        var path = Path.Combine(TestPaths.RepoRoot, "tests", "Containerize.Linting.Tests", "testdata", "buildkit-lint", "cases.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
