using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1404: a self-contained/AOT app on an image that carries the runtime, or a framework-dependent app on runtime-deps.</summary>
public sealed class RuntimeFlavorMismatchRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.RuntimeFlavorMismatch,
        "Self-contained and Native AOT apps bring their own runtime and belong on runtime-deps; framework-dependent apps need the runtime (or aspnet) image to start at all.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        if (CrossCheck.FinalDotnetImage(context) is not { } final)
        {
            return;
        }

        var project = context.Project;
        var flavor = final.Image.DotnetFlavor;
        var ownRuntime = project.SelfContained || project.PublishAot;
        var how = project.PublishAot ? "Native AOT" : "self-contained";
        if (ownRuntime && flavor is "aspnet" or "runtime")
        {
            context.Report(Rule, final.Token.Span, $"The project publishes {how}, so it brings its own runtime, yet '{final.Image.Text}' carries .NET too: the runtime ships twice. Use '{final.Image.Repository.Substring(0, final.Image.Repository.LastIndexOf('/') + 1)}runtime-deps:{final.Image.Tag}'.");
        }
        else if (!ownRuntime && flavor == "runtime-deps")
        {
            var needed = project.IsWeb ? "aspnet" : "runtime";
            context.Report(Rule, final.Token.Span, $"The project is framework-dependent but '{final.Image.Text}' has no .NET runtime: the container cannot start. Use the {needed} image, or publish self-contained.");
        }
        else if (!ownRuntime && project.IsWeb && flavor == "runtime")
        {
            context.Report(Rule, final.Token.Span, $"The project is an ASP.NET Core app but '{final.Image.Text}' has only the base runtime, not Microsoft.AspNetCore.App: the container cannot start. Use the aspnet image.");
        }
    }
}
