using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1402: the project uses culture data (InvariantGlobalization is not true) but the image has no ICU.</summary>
public sealed class MissingIcuRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.MissingIcu,
        "Chiseled, distroless and Alpine .NET images leave ICU out (and set invariant globalization) unless you pick their -extra variant; culture-specific formatting then fails at run time.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        if (context.Project.InvariantGlobalization || CrossCheck.FinalDotnetImage(context) is not { } final || final.Image.HasIcu || DecidesGlobalization(context))
        {
            return;
        }

        var image = final.Image;
        var remedy = image.IsAlpine
            ? "Add 'RUN apk add --no-cache icu-libs' and 'ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false' (or use the -extra image)"
            : $"Use the -extra variant ('{DotnetImages.Name(image.DotnetRegistry!, image.DotnetFlavor!, image.DotnetVersionText ?? image.DotnetVersion ?? "10.0", image.IsChiseled ? DotnetImageFamily.UbuntuChiseled : DotnetImageFamily.AzureLinuxDistroless, extra: true, image.IsComposite, image.IsAot) ?? image.Text + "-extra"}')";
        context.Report(Rule, final.Token.Span, $"InvariantGlobalization is not true, so the app may use culture data, but '{image.Text}' has no ICU and runs in invariant mode: culture-specific formatting and sorting fall back to the invariant culture, and creating a culture such as de-DE throws. {remedy}, or set <InvariantGlobalization>true</InvariantGlobalization> if you need no cultures.");
    }

    /// <summary>The final image installs ICU (icu-libs, libicu) or sets invariant mode itself: it has decided.</summary>
    private static bool DecidesGlobalization(LintContext context)
    {
        foreach (var stage in context.FinalStage!.SelfAndAncestors())
        {
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is EnvInstruction env)
                {
                    foreach (var pair in env.Pairs)
                    {
                        if (pair.Key == "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT")
                        {
                            return true;
                        }
                    }
                }
                else if (instruction is RunInstruction run && context.ViewOf(run) is { } view)
                {
                    foreach (var command in view.Commands)
                    {
                        foreach (var argument in command.Arguments)
                        {
                            if (argument.StartsWith("icu-libs", StringComparison.Ordinal) || argument.StartsWith("libicu", StringComparison.Ordinal) || argument == "icu")
                            {
                                return true;
                            }
                        }
                    }
                }
            }
        }

        return false;
    }
}
