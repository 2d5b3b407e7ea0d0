using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1101: the final stage runs on a full .NET image although a chiseled (distroless) variant exists.</summary>
public sealed class ChiseledVariantExistsRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.ChiseledVariantExists,
        "Microsoft publishes chiseled Ubuntu images of aspnet, runtime and runtime-deps for .NET 8 and later: no shell, no package manager, non-root by default, a fraction of the size.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        var final = context.FinalStage;
        var image = final?.RootImage;
        if (final?.From?.ImageToken is null || image is null || image.DotnetFlavor is not ("aspnet" or "runtime" or "runtime-deps")
            || image.IsDistroless || image.IsWindows || image.HasVariable || image.DotnetVersion is null
            || !double.TryParse(image.DotnetVersion, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var version) || version < 8)
        {
            return;
        }

        var from = final.Root.From!;
        var extra = context.Project.IsKnown && !context.Project.InvariantGlobalization ? "-extra" : string.Empty;
        var suggestion = $"{image.Repository}:{image.DotnetVersion}-noble-chiseled{extra}";
        context.Report(Rule, from.ImageToken!.Span,
            $"The final image '{image.Text}' is a full .NET image with a shell and a package manager. Use '{suggestion}' (chiseled: non-root, no shell, smaller){(extra.Length > 0 ? "; -extra keeps ICU and time zones" : string.Empty)}.");
    }
}
