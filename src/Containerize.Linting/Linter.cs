using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting;

/// <summary>Runs the rules over a parsed Dockerfile, then drops what in-file pragmas suppress. Never throws.</summary>
public static class Linter
{
    public static IReadOnlyList<DockerfileDiagnostic> Lint(Dockerfile dockerfile, LintOptions? options = null)
    {
        options ??= new LintOptions();
        var checks = CheckDirective.Read(dockerfile);
        var context = new LintContext(dockerfile, options.Project, options.Manifest, options.Severities, checks, options.Today);
        foreach (var rule in RuleCatalog.All)
        {
            if (options.Only is not null && !options.Only.Contains(rule.Descriptor.Id))
            {
                continue;
            }

            try
            {
                rule.Analyze(context);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                // A rule bug must not take the build down; say which rule failed instead.
                context.Add(DiagnosticCatalog.AnalysisFailed, new TextSpan(0, 0), rule.Descriptor.Id, new object?[] { "Rule " + rule.Descriptor.Id, ex.GetType().Name + ": " + ex.Message });
            }
        }

        var suppressions = Suppressions.Read(dockerfile);
        var kept = new List<DockerfileDiagnostic>(context.Findings.Count + suppressions.Problems.Count);
        kept.AddRange(suppressions.Problems);
        kept.AddRange(checks.Problems);
        foreach (var finding in context.Findings)
        {
            if (Keep(finding, suppressions, checks, dockerfile) is { } shown)
            {
                kept.Add(shown);
            }
        }

        return InFileOrder(kept);
    }

    /// <summary>
    /// The parser's diagnostics (CTZ0nnn) after the same filters as the rules' findings: in-file pragmas and BuildKit's
    /// check directive (CTZ0009 is BuildKit's NoEmptyContinuation). Hosts report these beside <see cref="Lint(Dockerfile, LintOptions?)"/>.
    /// </summary>
    public static IReadOnlyList<DockerfileDiagnostic> Syntax(Dockerfile dockerfile)
    {
        if (dockerfile.Diagnostics.Count == 0)
        {
            return dockerfile.Diagnostics;
        }

        var suppressions = Suppressions.Read(dockerfile);
        var checks = CheckDirective.Read(dockerfile);
        var kept = new List<DockerfileDiagnostic>(dockerfile.Diagnostics.Count);
        foreach (var diagnostic in dockerfile.Diagnostics)
        {
            if (Keep(diagnostic, suppressions, checks, dockerfile) is { } shown)
            {
                kept.Add(shown);
            }
        }

        return kept;
    }

    /// <summary>Null when a pragma or the check directive drops the finding; raised to an error under <c># check=error=true</c>.</summary>
    private static DockerfileDiagnostic? Keep(DockerfileDiagnostic finding, Suppressions suppressions, CheckDirective checks, Dockerfile dockerfile)
    {
        if (suppressions.IsSuppressed(finding, dockerfile))
        {
            return null;
        }

        if (checks == CheckDirective.None || BuildKitChecks.Of(finding) is not { } check)
        {
            return finding;
        }

        if (checks.Skips(check) || !checks.Enables(check))
        {
            return null;
        }

        return checks.RaisesToError ? finding.WithSeverity(DiagnosticSeverity.Error) : finding;
    }

    /// <summary>By position, then rule ID; findings of one rule at one position keep the order the rule reported them in.</summary>
    private static List<DockerfileDiagnostic> InFileOrder(List<DockerfileDiagnostic> findings)
    {
        if (IsOrdered(findings))
        {
            return findings;
        }

        // A bottom-up merge sort of the findings: stable, O(n log n), and no generic sort over a value type
        // (code the runtime would have to compile in a cold compiler process).
        var items = findings.ToArray();
        var buffer = new DockerfileDiagnostic[items.Length];
        for (var width = 1; width < items.Length; width *= 2)
        {
            for (var left = 0; left < items.Length; left += 2 * width)
            {
                var middle = Math.Min(left + width, items.Length);
                var right = Math.Min(left + (2 * width), items.Length);
                int i = left, j = middle, k = left;
                while (i < middle && j < right)
                {
                    buffer[k++] = Compare(items[j], items[i]) < 0 ? items[j++] : items[i++];
                }

                while (i < middle)
                {
                    buffer[k++] = items[i++];
                }

                while (j < right)
                {
                    buffer[k++] = items[j++];
                }
            }

            (items, buffer) = (buffer, items);
        }

        return new List<DockerfileDiagnostic>(items);
    }

    private static bool IsOrdered(List<DockerfileDiagnostic> findings)
    {
        for (var i = 1; i < findings.Count; i++)
        {
            if (Compare(findings[i - 1], findings[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static int Compare(DockerfileDiagnostic a, DockerfileDiagnostic b)
    {
        var byPosition = a.Span.Start.CompareTo(b.Span.Start);
        return byPosition != 0 ? byPosition : string.CompareOrdinal(a.RuleId, b.RuleId);
    }

    public static IReadOnlyList<DockerfileDiagnostic> Lint(string text, LintOptions? options = null) => Lint(Dockerfile.Parse(text), options);
}
