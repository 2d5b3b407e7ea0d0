using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1102: FROM an image without a tag, or with <c>latest</c>: builds change under you.</summary>
public sealed class UntaggedBaseImageRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.UntaggedBaseImage,
        "An untagged image means 'latest', which moves: the same Dockerfile builds a different image next week, and cached layers are silently invalidated.",
        "DL3006",
        "DL3007");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var stage in context.Stages)
        {
            if (stage.From?.ImageToken is not { } token || token.Value.Contains('$') || stage.BaseImage is not { } image || image.IsScratch || image.HasVariable || image.Digest is not null)
            {
                continue;
            }

            if (image.Tag is null)
            {
                context.Report(Rule, token.Span, $"FROM '{image.Text}' has no tag, so it means ':latest' and changes over time. Pin a version, e.g. '{image.Text}:<version>' (or a digest).", "DL3006");
            }
            else if (string.Equals(image.Tag, "latest", StringComparison.OrdinalIgnoreCase))
            {
                context.Report(Rule, token.Span, $"FROM '{image.Text}' uses the floating 'latest' tag. Pin a version tag (or a digest) so builds are repeatable.", "DL3007");
            }
            else if (FloatingTag(image.Tag) is { } floating)
            {
                // These move less often than latest (to each new LTS or stable release): advice.
                context.Report(Rule, token.Span, $"FROM '{image.Text}' uses the floating '{floating}' tag, which moves to each new release. Pin a version tag (or a digest) so builds are repeatable.", DiagnosticSeverity.Info);
            }
        }
    }

    private static readonly string[] FloatingTags = { "lts", "current", "stable", "edge", "rolling", "mainline" };

    /// <summary>The floating word a tag is or starts with (<c>lts</c>, <c>lts-alpine</c>, <c>current-slim</c>); null for version tags.</summary>
    private static string? FloatingTag(string tag)
    {
        foreach (var floating in FloatingTags)
        {
            if (string.Equals(tag, floating, StringComparison.OrdinalIgnoreCase) || tag.StartsWith(floating + "-", StringComparison.OrdinalIgnoreCase))
            {
                return floating;
            }
        }

        return null;
    }
}
