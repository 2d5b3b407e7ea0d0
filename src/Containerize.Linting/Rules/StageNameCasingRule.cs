using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1502: a stage name with upper-case letters (BuildKit's StageNameCasing).</summary>
public sealed class StageNameCasingRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.StageNameCasing,
        "Stage names are matched case-insensitively ('--from=Build' finds 'build'), and BuildKit reports them lower-cased; writing them lower-case avoids two spellings of one name.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var stage in context.Stages)
        {
            if (stage.From?.StageNameToken is { } token && token.Value.IndexOf('$') < 0 && !string.Equals(token.Value, token.Value.ToLowerInvariant(), StringComparison.Ordinal))
            {
                context.Raise(Rule, token.Span, token.Value, token.Value.ToLowerInvariant());
            }
        }
    }
}
