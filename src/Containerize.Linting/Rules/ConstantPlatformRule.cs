using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1122: FROM --platform with a constant value (BuildKit's FromPlatformFlagConstDisallowed), unless the stage is named after that platform.</summary>
public sealed class ConstantPlatformRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.ConstantPlatform,
        "A constant --platform makes the stage ignore 'docker build --platform': a multi-platform build silently ships one architecture, or runs a build stage under emulation.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var stage in context.Stages)
        {
            if (stage.From?.GetFlag("platform") is not { Value: { Length: > 0 } platform } flag || platform.IndexOf('$') >= 0)
            {
                continue;
            }

            var parts = platform.Split('/');
            var name = stage.Name ?? string.Empty;
            var named = false;
            foreach (var part in parts)
            {
                named |= part.Length > 0 && name.IndexOf(part, StringComparison.OrdinalIgnoreCase) >= 0;
            }

            if (!named)
            {
                context.RaiseCheck(Rule, flag.Span, "FromPlatformFlagConstDisallowed", platform);
            }
        }
    }
}
