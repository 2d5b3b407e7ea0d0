using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1402: the project uses culture data (InvariantGlobalization is not true) but the image has no ICU.</summary>
public sealed class MissingIcuRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.MissingIcu,
        "Chiseled and distroless .NET images leave ICU out (and set invariant globalization) unless you pick their -extra variant; culture-specific formatting then fails at run time.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        if (context.Project.InvariantGlobalization || CrossCheck.FinalDotnetImage(context) is not { } final || final.Image.HasIcu)
        {
            return;
        }

        context.Report(Rule, final.Token.Span, $"InvariantGlobalization is not true, so the app may use culture data, but '{final.Image.Text}' has no ICU: CultureInfo(\"de-DE\") and friends will throw. Use '{final.Image.Text}-extra', or set <InvariantGlobalization>true</InvariantGlobalization> if you need no cultures.");
    }
}
