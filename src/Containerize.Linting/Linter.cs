using Containerize.Dockerfiles;

namespace Containerize.Linting;

/// <summary>Runs the rules over a parsed Dockerfile, then drops what in-file pragmas suppress. Never throws.</summary>
public static class Linter
{
    public static IReadOnlyList<Finding> Lint(Dockerfile dockerfile, LintOptions? options = null)
    {
        options ??= new LintOptions();
        var context = new LintContext(dockerfile, options.Project, options.Manifest, options.Severities);
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
        return context.Findings
            .Where(f => !suppressions.IsSuppressed(f, dockerfile))
            .OrderBy(f => f.Span.Start)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ToList();
    }

    public static IReadOnlyList<Finding> Lint(string text, LintOptions? options = null) => Lint(Dockerfile.Parse(text), options);
}
