using System.Globalization;
using System.Text.RegularExpressions;
using Containerize.Testing;

namespace Containerize.Cli.Tests;

/// <summary>
/// The graded .NET corpus (../shared/corpus/dotnet-dockerfiles): its own score.py runs the CLI built with these tests
/// on every file, with our concepts map (tests/Containerize.Linting.Tests/testdata/concepts.tsv), and scores strictly.
/// The corpus was graded as of August 2026 (its README), so the lint date is pinned to then; the same targets as
/// issue 11. build/score.sh prints the same numbers.
/// </summary>
[TestClass]
public sealed class GradedCorpusScoreTests
{
    private static readonly Regex Summary = new(
        @"(?<files>\d+) files, (?<findings>\d+) findings; strict: expect (?<found>\d+)/(?<expect>\d+), expect-info (?<infoFound>\d+)/(?<info>\d+) \((?<sev>\d+) severity mistakes\), quiet rows fired (?<fired>\d+)/(?<quiet>\d+) \((?<fp>\d+) FP findings\)",
        RegexOptions.CultureInvariant);

    [TestMethod]
    public void Strict_score_meets_the_targets()
    {
        var graded = Path.Combine(TestPaths.RequireCorpus(), "dotnet-dockerfiles");
        var cli = Path.Combine(AppContext.BaseDirectory, "containerize.dll");
        Assert.IsTrue(File.Exists(cli), "the CLI is built next to the tests: " + cli);
        var concepts = Path.Combine(TestPaths.RepoRoot, "tests", "Containerize.Linting.Tests", "testdata", "concepts.tsv");
        var result = ProcessRunner.Run(
            "python3",
            $"\"{Path.Combine(graded, "score.py")}\" --cli \"{cli}\" --concepts \"{concepts}\"",
            environment: new Dictionary<string, string> { ["CONTAINERIZE_LINT_DATE"] = "2026-08-15" });
        Assert.AreEqual(0, result.ExitCode, result.ToString());
        Assert.DoesNotContain("check:", result.Error, "our concepts map passes score.py's checks\n" + result.Error);
        var match = Summary.Match(result.Output);
        Assert.IsTrue(match.Success, "score.py printed its summary\n" + result);
        int Value(string name) => int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        Console.WriteLine(match.Value);

        Assert.AreEqual(40, Value("files"));
        var recall = (double)Value("found") / Value("expect");
        var falsePositives = (double)Value("fp") / Value("findings");
        Assert.IsGreaterThanOrEqualTo(0.80, recall, $"expected problems found: {Value("found")}/{Value("expect")}");
        Assert.IsLessThanOrEqualTo(0.05, falsePositives, $"false-positive findings on quiet lines: {Value("fp")} of {Value("findings")}");
        Assert.AreEqual(0, Value("sev"), "severity mistakes (a warning where the grade is info)");
    }
}
