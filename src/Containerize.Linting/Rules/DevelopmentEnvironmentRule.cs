using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1307: ASPNETCORE_ENVIRONMENT or DOTNET_ENVIRONMENT set to Development in an image that ships (not a dev container).</summary>
public sealed class DevelopmentEnvironmentRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.DevelopmentEnvironment,
        "In Development, ASP.NET Core shows the developer exception page with stack traces and configuration, loads user secrets and appsettings.Development.json, and turns on development-only endpoints.");

    private static readonly string[] Names = { "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        var final = context.FinalStage;
        if (final?.From is null)
        {
            return;
        }

        foreach (var stage in final.SelfAndAncestors())
        {
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is not EnvInstruction env)
                {
                    continue;
                }

                foreach (var pair in env.Pairs)
                {
                    if (Array.IndexOf(Names, pair.Key) >= 0 && string.Equals(pair.Value.Trim(), "Development", StringComparison.OrdinalIgnoreCase)
                        && !context.FinalFacts.IsEnvironmentImage && !context.FinalFacts.IsDevContainer)
                    {
                        context.Raise(Rule, pair.KeyToken.Span.Start < pair.ValueToken.Span.End ? TextSpan.FromBounds(pair.KeyToken.Span.Start, pair.ValueToken.Span.End) : pair.KeyToken.Span, pair.Key, pair.Value);
                    }
                }
            }
        }
    }
}
