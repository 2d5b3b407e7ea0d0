using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>
/// CTZ1101: the final stage runs on a full Debian/Ubuntu .NET image although the chiseled variant is a drop-in: an
/// exec-form entrypoint and nothing that needs a shell or a package manager. Quiet for script entrypoints, package
/// installs, base-image definitions, Alpine (a deliberate small choice), Windows, and versions without chiseled images.
/// </summary>
public sealed class ChiseledVariantExistsRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.ChiseledVariantExists,
        "Microsoft publishes chiseled Ubuntu images of aspnet, runtime and runtime-deps for .NET 8 and later: no shell, no package manager, non-root by default, a fraction of the size of the Debian images.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        var final = context.FinalStage;
        var image = final?.RootImage;
        if (final?.From?.ImageToken is null || image?.DotnetRegistry is null || image.DotnetFlavor is not ("aspnet" or "runtime" or "runtime-deps")
            || image.IsDistroless || image.IsAlpine || image.IsWindows || image.HasVariable || image.DotnetVersion is null || image.IsPreview
            || DotnetImages.FamilyTag(image.DotnetVersion, DotnetImageFamily.UbuntuChiseled) is null || image.DotnetVersionNumber < 8)
        {
            return;
        }

        var facts = context.FinalFacts;
        if (facts.IsEnvironmentImage || facts.ShellNeed is not null || facts.PrivilegeDrop is not null || IsDebugImage(context, final))
        {
            return;
        }

        var ownRuntime = context.PublishesSelfContained(out _) == true;
        var flavor = ownRuntime ? "runtime-deps" : image.DotnetFlavor;
        var extra = image.IsExtra || (context.Project.IsKnown && !context.Project.InvariantGlobalization);
        var suggestion = DotnetImages.Name(image.DotnetRegistry, flavor, image.DotnetVersionText ?? image.DotnetVersion, DotnetImageFamily.UbuntuChiseled, extra, image.IsComposite, aot: false)!;
        var why = ownRuntime && flavor != image.DotnetFlavor ? $" (runtime-deps: the app publishes self-contained and brings its own runtime)" : string.Empty;
        var pin = image.Digest is not null ? " Pin the new tag by its digest as you do now." : string.Empty;
        var icu = extra ? " -extra keeps ICU and time-zone data." : string.Empty;
        context.Report(Rule, final.Root.From!.ImageToken!.Span,
            $"'{image.Text}' has a shell and a package manager the app does not use: it starts with an exec-form entrypoint and runs no RUN in the final stage. '{suggestion}' is a drop-in{why}: no shell, non-root by default, smaller.{icu}{pin}");
    }

    private static bool IsDebugImage(LintContext context, StageView final)
    {
        foreach (var stage in final.SelfAndAncestors())
        {
            if (stage.Name is { } name && name.IndexOf("debug", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return true;
            }
        }

        return (final.RootImage?.Tag ?? string.Empty).IndexOf("debug", StringComparison.OrdinalIgnoreCase) >= 0;
    }
}
