using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>
/// CTZ1404: the runtime image does not fit how the app publishes: a self-contained/AOT/trimmed app (by the
/// Dockerfile's own publish flags, else the project's properties) on an image that carries .NET; a
/// framework-dependent app on runtime-deps; an ASP.NET Core app on the base runtime image; a console app on aspnet.
/// </summary>
public sealed class RuntimeFlavorMismatchRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.RuntimeFlavorMismatch,
        "Self-contained and Native AOT apps bring their own runtime and belong on runtime-deps; framework-dependent apps need the runtime (or aspnet) image to start at all.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        var final = context.FinalStage;
        if (final?.From is null || final.RootImage is not { IsDotnet: true, HasVariable: false } image || final.Root.From?.ImageToken is not { } token)
        {
            return;
        }

        var project = context.Project;
        var selfContained = context.PublishesSelfContained(out var publish);
        var flavor = image.DotnetFlavor;
        var how = publish is not null ? $"'{Shorten(publish.ToString())}' (line {publish.Run.Run.StartLine}) publishes self-contained" : project.PublishAot ? "the project publishes Native AOT" : "the project publishes self-contained";
        if (selfContained == true && flavor is "aspnet" or "runtime")
        {
            var deps = DotnetImages.Name(image.DotnetRegistry!, "runtime-deps", image.DotnetVersionText ?? image.DotnetVersion ?? "10.0", DotnetImages.FamilyOf(image), image.IsExtra) ?? $"{image.DotnetRegistry}/runtime-deps:{image.Tag}";
            context.Report(Rule, token.Span, $"{Capitalized(how)}, so the app brings its own runtime, yet '{image.Text}' carries .NET too: the runtime ships twice. Use '{deps}'.");
            return;
        }

        // Framework-dependent is known only from the Dockerfile's publish (a publish outside Docker may differ from the project's defaults).
        var frameworkDependent = selfContained == false && (publish is not null || HasPublish(context));
        if (frameworkDependent && flavor == "runtime-deps" && project.IsKnown)
        {
            var needed = project.IsWeb ? "aspnet" : "runtime";
            context.Report(Rule, token.Span, $"The app publishes framework-dependent but '{image.Text}' has no .NET runtime: the host will fail at start with 'You must install .NET'. Use the {needed} image, or publish self-contained.");
        }
        else if (frameworkDependent && project.IsWeb && flavor == "runtime")
        {
            context.Report(Rule, token.Span, $"The project is an ASP.NET Core app but '{image.Text}' has only the base runtime, not Microsoft.AspNetCore.App: the host will fail at start to find that framework. Use the aspnet image.");
        }
        else if (selfContained != true && flavor == "aspnet" && project.Get("ContainerizeFrameworkReferences") is { } references && !project.IsWeb
            && references.IndexOf("Microsoft.AspNetCore.App", StringComparison.OrdinalIgnoreCase) < 0)
        {
            context.Report(Rule, token.Span, $"The project references only Microsoft.NETCore.App, but '{image.Text}' also carries ASP.NET Core. Use the smaller runtime image ('{image.DotnetRegistry}/runtime:{image.Tag}').", DiagnosticSeverity.Info);
        }
    }

    private static bool HasPublish(LintContext context)
    {
        foreach (var command in context.DotnetCommands)
        {
            if (command.Verb == "publish")
            {
                return true;
            }
        }

        return false;
    }


    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text.Substring(1);

    private static string Shorten(string text) => text.Length > 60 ? text.Substring(0, 57) + "…" : text;
}
