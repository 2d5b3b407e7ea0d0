using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>
/// CTZ1105: the image ships a .NET version past its end of support (compared with <see cref="LintContext.Today"/>): the
/// final image's .NET base, or the runtime a self-contained publish bundles from an end-of-support SDK.
/// </summary>
public sealed class EndOfSupportDotnetRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.EndOfSupportDotnet,
        "After its end-of-support date a .NET version gets no security fixes, and its images are no longer rebuilt with patched OS packages.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        var final = context.FinalStage;
        if (final?.From is null)
        {
            return;
        }

        var image = final.RootImage;
        if (image is { IsDotnet: true, HasVariable: false } && image.DotnetFlavor != "runtime-deps" && final.Root.From?.ImageToken is { } token)
        {
            Check(context, image, token, "the final image");
            return;
        }

        // A self-contained publish bundles the runtime of its SDK's version into an image without .NET.
        if (context.PublishesSelfContained(out var publish) == true && publish?.Run.Stage.RootImage is { IsDotnet: true, HasVariable: false } sdk
            && publish.Run.Stage.Root.From?.ImageToken is { } sdkToken)
        {
            Check(context, sdk, sdkToken, $"the self-contained publish (line {publish.Run.Run.StartLine}) bundles the runtime of");
        }
    }

    private static void Check(LintContext context, ImageReference image, SyntaxToken token, string what)
    {
        if (DotnetImages.EndOfSupport(image.DotnetVersion) is not { } end || end > context.Today)
        {
            return;
        }

        var lts = DotnetImages.LatestLts(context.Today);
        var registry = image.DotnetRegistry!.EndsWith("/core", StringComparison.Ordinal) ? image.DotnetRegistry.Substring(0, image.DotnetRegistry.Length - 5) : image.DotnetRegistry;
        var suggestion = lts is null ? null
            : image.IsWindows && image.Distro is { } windows ? $"{registry}/{image.DotnetFlavor}:{lts}-{windows}"
            : DotnetImages.Name(registry, image.DotnetFlavor!, lts, DotnetImages.FamilyOf(image), image.IsExtra, image.IsComposite, image.IsAot);
        var remedy = suggestion is null ? "Move to a supported .NET version." : $"Move the project and the image to .NET {lts} ('{suggestion}').";
        context.Raise(Rule, token.Span, Capitalized(what), image.Text, image.DotnetVersion, end.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), remedy);
    }


    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);
}
