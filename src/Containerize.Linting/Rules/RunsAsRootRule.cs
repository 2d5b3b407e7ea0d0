using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1301: the image runs as root: a stage ends with USER root, or the final stage never leaves a root-by-default base.</summary>
public sealed class RunsAsRootRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.RunsAsRoot,
        "A process running as root inside the container is root on the files it can reach and one kernel bug away from the host. .NET 8+ images define a non-root APP_UID.",
        "DL3002");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var stage in context.Stages)
        {
            var last = stage.Last<UserInstruction>();
            if (last is not null && IsRoot(last.Value) && stage.RootImage is not { IsWindows: true })
            {
                // A target stage other than the last is published only on request (--target): advice there.
                var severity = stage.IsFinal ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info;
                context.Report(Rule, last.Span, $"The last USER of this stage is '{last.Value}'. Switch to a non-root user after the steps that need root ({Hint(stage.RootImage)}).", severity, "DL3002");
            }
        }

        var final = context.FinalStage;
        if (final?.From is null || SetsUser(final))
        {
            return;
        }

        var image = final.RootImage;
        if (image is null || image.HasVariable || image.IsDistroless || image.IsWindows || image.IsScratch)
        {
            return;
        }

        var facts = context.FinalFacts;
        if (facts.IsEnvironmentImage || facts.IsGitHubAction || facts.RunsDockerDaemon || IsPlatformManaged(image))
        {
            // A base-image definition or build environment (whoever runs it picks the user), a GitHub container
            // action (must run as root to write GITHUB_WORKSPACE), docker-in-docker (needs root), Lambda.
            return;
        }

        var root = final.Root.From!;
        var message = $"The final stage never sets USER, and '{image.Text}' runs as root by default. Add {Hint(image)} before ENTRYPOINT.";
        var onPurpose = facts.PrivilegeDrop is { } drop ? $"{drop}; check that it does for every process"
            : IsRootByDesign(image) ? $"'{image.Repository}' is designed to run as root"
            : facts.IsCommandLineTool ? "a command-line tool run with 'docker run --rm'; a non-root USER still protects mounted folders" : null;
        if (onPurpose is not null)
        {
            var span = root.ImageToken?.Span ?? root.KeywordSpan;
            context.Report(Rule, span, $"The final stage never sets USER, so '{image.Text}' starts as root ({onPurpose}). Prefer {Hint(image)} where the image allows it.", DiagnosticSeverity.Info);
            return;
        }

        context.Report(Rule, root.ImageToken?.Span ?? root.KeywordSpan, message);
    }

    /// <summary>The remedy for the image: APP_UID exists only in .NET 8+ images.</summary>
    private static string Hint(ImageReference? image) =>
        image is { IsDotnet: true } && image.DotnetVersionNumber >= 8 ? "'USER $APP_UID' (defined by .NET 8+ images)"
        : image is { IsDotnet: true } ? "a non-root user: .NET images before 8.0 define none, so create one ('RUN adduser --disabled-password --uid 10001 app') and 'USER 10001'"
        : "a numeric non-root UID ('USER 10001')";

    // AWS Lambda runs functions under its own unprivileged user, whatever the image says.
    private static bool IsPlatformManaged(ImageReference image) =>
        image.Repository.IndexOf("/lambda/", StringComparison.Ordinal) >= 0;

    private static bool IsRootByDesign(ImageReference image) =>
        image.Repository.IndexOf("azure-functions/", StringComparison.Ordinal) >= 0;

    private static bool SetsUser(StageView final)
    {
        for (var stage = final; stage is not null; stage = stage.BaseStage)
        {
            if (stage.Last<UserInstruction>() is not null)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsRoot(string user)
    {
        var name = user.Split(':')[0].Trim();
        return name is "root" or "0";
    }
}
