using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1503: MAINTAINER (BuildKit's MaintainerDeprecated) and the legacy 'ENV key value' / 'LABEL key value' form (LegacyKeyValueFormat).</summary>
public sealed class DeprecatedSyntaxRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.DeprecatedSyntax,
        "MAINTAINER is deprecated in favour of the org.opencontainers.image.authors label; the whitespace form of ENV and LABEL takes the whole rest of the line as one value, which surprises readers.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var instruction in context.Dockerfile.Instructions)
        {
            switch (instruction)
            {
                case MaintainerInstruction maintainer:
                    context.RaiseCheck(Rule, maintainer.KeywordSpan, "MaintainerDeprecated", "MAINTAINER", $"LABEL org.opencontainers.image.authors=\"{maintainer.Value.Replace("\"", "\\\"")}\"");
                    break;
                case KeyValueInstruction keyValues and (EnvInstruction or LabelInstruction):
                    foreach (var pair in keyValues.Pairs)
                    {
                        if (pair.IsLegacyForm)
                        {
                            var keyword = keyValues.Keyword.ToUpperInvariant();
                            var value = pair.Value.IndexOfAny(new[] { ' ', '\t' }) >= 0 ? "\"" + pair.Value.Replace("\"", "\\\"") + "\"" : pair.Value;
                            context.RaiseCheck(Rule, keyValues.KeywordSpan, "LegacyKeyValueFormat", $"'{keyword} {pair.Key} {pair.Value}'", $"'{keyword} {pair.Key}={value}'");
                        }
                    }

                    break;
            }
        }
    }
}
