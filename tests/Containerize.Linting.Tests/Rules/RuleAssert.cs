using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

/// <summary>
/// Runs one rule over a Dockerfile whose expected findings are marked in the text with <c>[|…|]</c>: the findings must
/// be exactly at the marked spans (no line numbers by hand); message parts and severity are checked when given.
/// </summary>
internal static class RuleAssert
{
    /// <summary>The date the rule tests lint at, so that end-of-support findings do not change with the clock.</summary>
    public static readonly DateTime Today = new(2026, 12, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The rule fires exactly at the marked spans, each message containing <paramref name="message"/>; returns the findings.</summary>
    public static IReadOnlyList<DockerfileDiagnostic> Fires(string rule, string markup, string message, string? facts = null, DiagnosticSeverity? severity = null, DateTime? today = null)
    {
        var (text, marked) = MarkedDockerfile.Parse(markup);
        var spans = marked.Select(s => (Start: s.Start, End: s.End)).ToList();
        Assert.IsNotEmpty(spans, "a firing case marks at least one span with [|…|]");
        var findings = Run(rule, text, facts, today);
        var actual = findings.Select(f => $"{f.Span.Start}..{f.Span.End} '{text.Substring(f.Span.Start, f.Span.Length)}'").ToList();
        var expected = spans.Select(s => $"{s.Start}..{s.End} '{text.Substring(s.Start, s.End - s.Start)}'").ToList();
        CollectionAssert.AreEqual(expected, actual, $"{rule} spans.\nFindings:\n{string.Join("\n", findings.Select(f => f.ToString()))}");
        foreach (var finding in findings)
        {
            StringAssert.Contains(finding.Message, message, $"{rule} message");

            if (severity is { } expectedSeverity)
            {
                Assert.AreEqual(expectedSeverity, finding.Severity, $"{rule} severity of: {finding.Message}");
            }
        }

        return findings;
    }

    /// <summary>The rule reports nothing.</summary>
    public static void Quiet(string rule, string text, string? facts = null, DateTime? today = null)
    {
        Assert.DoesNotContain("[|", text, "a quiet case marks nothing");
        var findings = Run(rule, text, facts, today);
        Assert.IsEmpty(findings, $"{rule} should stay quiet, but reported:\n{string.Join("\n", findings.Select(f => f.ToString()))}");
    }

    private static List<DockerfileDiagnostic> Run(string rule, string text, string? facts, DateTime? today)
    {
        var properties = new Dictionary<string, string>();
        foreach (var pair in (facts ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            properties[pair.Substring(0, eq)] = pair.Substring(eq + 1);
        }

        var options = new LintOptions { Only = new[] { rule }, Project = new ProjectFacts(properties), Today = today ?? Today };
        var findings = Linter.Lint(text, options).ToList();
        foreach (var finding in findings)
        {
            Assert.DoesNotContain("could not analyze", finding.Message);
        }

        return findings;
    }
}
