using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

/// <summary>
/// Runs one rule over a Dockerfile whose expected findings are marked in the text with <c>[|…|]</c> and checks that the
/// rule reports exactly those spans, in order. A text without marks must stay quiet.
/// </summary>
internal static class MarkedDockerfile
{
    public static IReadOnlyList<DockerfileDiagnostic> Verify(string ruleId, string markup, string? manifest = null, IReadOnlyDictionary<string, string>? project = null)
    {
        var (text, expected) = Parse(markup);
        var options = new LintOptions
        {
            Only = new[] { ruleId },
            Manifest = manifest is null ? null : ContextManifest.Parse(manifest),
            Project = project is null ? ProjectFacts.None : new ProjectFacts(project),
        };
        var findings = Linter.Lint(text, options).Where(f => f.Id == ruleId).ToList();
        var actual = findings.Select(f => text.Substring(f.Span.Start, f.Span.Length)).ToList();
        var wanted = expected.Select(s => text.Substring(s.Start, s.Length)).ToList();
        CollectionAssert.AreEqual(
            expected.Select(s => (s.Start, s.Length)).ToList(),
            findings.Select(f => (f.Span.Start, f.Span.Length)).ToList(),
            $"{ruleId} on\n{text}\nexpected [{string.Join("], [", wanted)}]\nactual   [{string.Join("], [", actual)}]\n{string.Join("\n", findings.Select(f => f.Message))}");
        return findings;
    }

    /// <summary>The text without marks, and the marked spans in order.</summary>
    internal static (string Text, List<TextSpan> Spans) Parse(string markup)
    {
        var text = new System.Text.StringBuilder();
        var spans = new List<TextSpan>();
        var open = -1;
        for (var i = 0; i < markup.Length; i++)
        {
            if (string.CompareOrdinal(markup, i, "[|", 0, 2) == 0)
            {
                open = text.Length;
                i++;
            }
            else if (string.CompareOrdinal(markup, i, "|]", 0, 2) == 0 && open >= 0)
            {
                spans.Add(new TextSpan(open, text.Length - open));
                open = -1;
                i++;
            }
            else
            {
                text.Append(markup[i]);
            }
        }

        return (text.ToString(), spans);
    }
}
