using Containerize.Dockerfiles;

namespace Containerize.Linting;

/// <summary>Runs the rules over a parsed Dockerfile, then drops what in-file pragmas suppress. Never throws.</summary>
public static class Linter
{
    public static IReadOnlyList<Finding> Lint(Dockerfile dockerfile, LintOptions? options = null)
    {
        options ??= new LintOptions();
        var context = new LintContext(dockerfile, options.Project, options.Manifest, options.Severities, options.Today);
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
                context.Report(rule.Descriptor, new TextSpan(0, 0), $"Rule {rule.Descriptor.Id} could not analyze this file ({ex.GetType().Name}: {ex.Message}). Please report it.");
            }
        }

        var suppressions = Suppressions.Read(dockerfile);
        var kept = new List<Finding>(context.Findings.Count);
        foreach (var finding in context.Findings)
        {
            if (!suppressions.IsSuppressed(finding, dockerfile))
            {
                kept.Add(finding);
            }
        }

        return InFileOrder(kept);
    }

    /// <summary>By position, then rule ID; findings of one rule at one position keep the order the rule reported them in.</summary>
    private static List<Finding> InFileOrder(List<Finding> findings)
    {
        if (IsOrdered(findings))
        {
            return findings;
        }

        // A bottom-up merge sort of the findings: stable, O(n log n), and no generic sort over a value type
        // (code the runtime would have to compile in a cold compiler process).
        var items = findings.ToArray();
        var buffer = new Finding[items.Length];
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

        return new List<Finding>(items);
    }

    private static bool IsOrdered(List<Finding> findings)
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

    private static int Compare(Finding a, Finding b)
    {
        var byPosition = a.Span.Start.CompareTo(b.Span.Start);
        return byPosition != 0 ? byPosition : string.CompareOrdinal(a.RuleId, b.RuleId);
    }

    public static IReadOnlyList<Finding> Lint(string text, LintOptions? options = null) => Lint(Dockerfile.Parse(text), options);
}
