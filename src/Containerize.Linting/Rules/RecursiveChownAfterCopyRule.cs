using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1204: <c>RUN chown -R</c> / <c>chmod -R</c> over files an earlier COPY/ADD wrote: every file is written again in a new layer.</summary>
public sealed class RecursiveChownAfterCopyRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.RecursiveChownAfterCopy,
        "Recursive chown/chmod duplicates a copied layer",
        RuleCategory.LayersAndSize,
        DiagnosticSeverity.Warning,
        "Changing owner or mode touches every file, so the whole tree is stored again in the new layer: the image holds it twice.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        if (!context.AnyFinalImageRunCalls("chown", "chmod"))
        {
            return;
        }

        foreach (var stage in context.Stages.Where(s => s.IsInFinalImage))
        {
            var copied = new List<(string Path, FileTransferInstruction By)>();
            foreach (var (instruction, workdir) in ImagePaths.WithWorkdir(stage))
            {
                if (instruction is FileTransferInstruction transfer && transfer.Sources.Count > 0)
                {
                    copied.AddRange(ImagePaths.Destinations(transfer, workdir).Select(p => (p, transfer)));
                    continue;
                }

                if (instruction is not RunInstruction run || run.IsExecForm)
                {
                    continue;
                }

                foreach (var c in (context.ViewOf(run)?.Commands ?? Array.Empty<ShellCommand>()).Where(c => c.Program is "chown" or "chmod"))
                {
                    var recursive = c.Arguments.Any(a => a == "--recursive" || (a.StartsWith("-", StringComparison.Ordinal) && !a.StartsWith("--", StringComparison.Ordinal) && a.Contains('R')));
                    if (!recursive)
                    {
                        continue;
                    }

                    var operands = c.Arguments.Where(a => !a.StartsWith("-", StringComparison.Ordinal)).Skip(1);
                    foreach (var operand in operands)
                    {
                        var path = ImagePaths.Resolve(workdir, operand);
                        var hit = copied.FirstOrDefault(p => ImagePaths.IsUnder(p.Path, path) && path != "/" || path == p.Path);
                        if (hit.By is not null)
                        {
                            var flag = c.Program == "chown" ? "--chown" : "--chmod";
                            var value = c.Arguments.Where(a => !a.StartsWith("-", StringComparison.Ordinal)).First();
                            context.Report(Rule, run.Span, $"'{c.Program} -R {operand}' rewrites every file that {hit.By.Keyword.ToUpperInvariant()} at line {hit.By.StartLine} wrote ('{hit.Path}'), storing them twice. Use '{hit.By.Keyword.ToUpperInvariant()} {flag}={value} …' instead.");
                            goto nextCommand;
                        }
                    }

                nextCommand:;
                }
            }
        }
    }
}
