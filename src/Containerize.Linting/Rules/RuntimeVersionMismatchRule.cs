using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1401: the image's .NET version differs from the project's TargetFramework.</summary>
public sealed class RuntimeVersionMismatchRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.RuntimeVersionMismatch,
        "A framework-dependent app needs the runtime it targets; an SDK older than the target framework cannot build it.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        var project = context.Project.DotnetVersion;
        if (project is null || !context.Project.IsKnown)
        {
            return;
        }

        if (CrossCheck.FinalDotnetImage(context) is { } final && final.Image.DotnetVersion is { } imageVersion
            && final.Image.DotnetFlavor != "sdk" && imageVersion != project && !(context.Project.SelfContained || context.Project.PublishAot)
            && !RollsForwardTo(context.Project, project, imageVersion))
        {
            context.Report(Rule, final.Token.Span, $"The project targets {context.Project.TargetFramework} but the runtime image '{final.Image.Text}' has .NET {imageVersion}. Use the {project} image ('{final.Image.Repository}:{final.Image.Tag!.Replace(imageVersion, project)}').");
        }

        foreach (var stage in context.Stages)
        {
            if (stage.BaseImage is not { DotnetFlavor: "sdk", DotnetVersion: not null } sdk || stage.From?.ImageToken is null)
            {
                continue;
            }

            if (Version(sdk.DotnetVersion!) < Version(project))
            {
                context.Report(Rule, stage.From!.ImageToken!.Span, $"The SDK image '{sdk.Text}' is .NET {sdk.DotnetVersion}, older than the project's {context.Project.TargetFramework}: it cannot build it. Use the {project} SDK image.");
            }
        }
    }

    /// <summary>RollForward=Major/LatestMajor lets the app run on a newer major runtime (LatestMinor/Minor on a newer minor).</summary>
    private static bool RollsForwardTo(ProjectFacts project, string target, string image)
    {
        var policy = project.Get("RollForward") ?? string.Empty;
        var newer = Version(image) > Version(target);
        return newer && (policy.Equals("Major", StringComparison.OrdinalIgnoreCase) || policy.Equals("LatestMajor", StringComparison.OrdinalIgnoreCase)
            || ((policy.Equals("Minor", StringComparison.OrdinalIgnoreCase) || policy.Equals("LatestMinor", StringComparison.OrdinalIgnoreCase)) && Math.Floor(Version(image)) == Math.Floor(Version(target))));
    }

    private static double Version(string v) =>
        double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : 0;
}
