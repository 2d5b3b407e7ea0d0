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
            if (last is not null && IsRoot(last.Value))
            {
                context.Report(Rule, last.Span, $"The last USER of this stage is '{last.Value}'. Switch to a non-root user after the steps that need root, e.g. 'USER $APP_UID' on .NET images or a numeric UID.", "DL3002");
            }
        }

        var final = context.FinalStage;
        if (final?.From is null || SetsUser(final))
        {
            return;
        }

        var image = final.RootImage;
        if (image is null || image.HasVariable || image.IsDistroless || image.IsWindows)
        {
            return;
        }

        var root = final.Root.From!;
        var hint = image.IsDotnet ? "'USER $APP_UID' (defined by .NET 8+ images)" : "a numeric non-root UID ('USER 10001')";
        context.Report(Rule, root.ImageToken?.Span ?? root.KeywordSpan, $"The final stage never sets USER, and '{image.Text}' runs as root by default. Add {hint} before ENTRYPOINT.");
    }

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
