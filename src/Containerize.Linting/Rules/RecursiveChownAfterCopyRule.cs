using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>
/// CTZ1204: <c>RUN chown -R</c> / <c>chmod -R</c> / <c>chgrp -R</c> over files an earlier COPY/ADD wrote, or over the base
/// image's own folders (<c>/usr</c>, <c>/opt</c>…): every file is written again in a new layer.
/// </summary>
public sealed class RecursiveChownAfterCopyRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.RecursiveChownAfterCopy,
        "Changing owner or mode touches every file, so the whole tree is stored again in the new layer: the image holds it twice.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        if (!context.AnyFinalImageRunCalls("chown", "chmod", "chgrp"))
        {
            return;
        }

        foreach (var stage in context.Stages)
        {
            if (stage.IsInFinalImage)
            {
                AnalyzeStage(context, stage);
            }
        }
    }

    private static void AnalyzeStage(LintContext context, StageView stage)
    {
        var copied = new List<WrittenPath>();
        foreach (var (instruction, workdir) in stage.WorkdirSteps)
        {
            if (ImagePaths.RecordCopy(instruction, workdir, copied) || context.ShellRunOf(instruction) is not { } view)
            {
                continue;
            }

            var run = view.Run;

            foreach (var c in view.Commands)
            {
                // One finding a RUN: 'chgrp -R … && chmod -R …' over the same folders is one problem.
                if (c.Program is "chown" or "chmod" or "chgrp" && IsRecursive(c) && Check(context, run, c, workdir, copied))
                {
                    break;
                }
            }
        }
    }

    private static bool Check(LintContext context, RunInstruction run, ShellCommand c, string workdir, List<WrittenPath> copied)
    {
        // The first operand is the owner or the mode; the rest are paths.
        string? value = null;
        foreach (var operand in c.Arguments)
        {
            if (operand.StartsWith("-", StringComparison.Ordinal))
            {
                continue;
            }

            if (value is null)
            {
                value = operand;
                continue;
            }

            var path = ImagePaths.Resolve(workdir, operand);
            foreach (var hit in copied)
            {
                if ((ImagePaths.IsUnder(hit.Path, path) && path != "/") || path == hit.Path)
                {
                    var flag = c.Program == "chmod" ? "--chmod" : "--chown";
                    var keyword = hit.By.Keyword.ToUpperInvariant();
                    context.Report(Rule, run.Span, $"'{c.Program} -R {operand}' rewrites every file that {keyword} at line {hit.By.StartLine} wrote ('{hit.Path}'), storing them twice. Use '{keyword} {flag}={value} …' instead.");
                    return true;
                }
            }

            if (Array.IndexOf(BaseImageFolders, path.TrimEnd('/')) >= 0 || path == "/")
            {
                context.Report(Rule, run.Span, $"'{c.Program} -R {operand}' rewrites every file of the base image under '{path}' into a new layer: the image stores them twice. Change only the folders the app writes (its data or log folder), or set ownership where the files are created (COPY --chown, or in the RUN that makes them).");
                return true;
            }
        }

        return false;
    }

    /// <summary>Folders of the base image itself: a recursive change copies all of them into the layer.</summary>
    private static readonly string[] BaseImageFolders = { "/usr", "/opt", "/etc", "/var", "/lib", "/lib64", "/bin", "/sbin", "/usr/local", "/usr/lib", "/usr/share", "/usr/bin" };

    private static bool IsRecursive(ShellCommand c)
    {
        foreach (var a in c.Arguments)
        {
            if (a == "--recursive" || (a.StartsWith("-", StringComparison.Ordinal) && !a.StartsWith("--", StringComparison.Ordinal) && a.IndexOf('R') >= 0))
            {
                return true;
            }
        }

        return false;
    }
}
