using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1504: FROM --platform=$TARGETPLATFORM, which is the default (BuildKit's RedundantTargetPlatform).</summary>
public sealed class RedundantTargetPlatformRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.RedundantTargetPlatform,
        "Every stage is built for the target platform unless told otherwise; the flag adds nothing and suggests the stage differs from the others.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var stage in context.Stages)
        {
            if (stage.From?.GetFlag("platform") is { Value: { } value } flag && value is "$TARGETPLATFORM" or "${TARGETPLATFORM}")
            {
                context.Raise(Rule, flag.Span, value);
            }
        }
    }
}
