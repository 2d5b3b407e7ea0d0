using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1203: a RUN deletes (or uninstalls) what an earlier layer added: the bytes stay in the image.</summary>
public sealed class DeletedInLaterLayerRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.DeletedInLaterLayer,
        "Layers only add: removing a file in a later layer hides it but its bytes stay in the layer that added it.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        if (!context.AnyFinalImageRunCalls("rm", "apt-get", "apt", "apk", "yum", "dnf"))
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
        var added = new List<WrittenPath>();
        var installed = new Dictionary<string, Instruction>(StringComparer.Ordinal);
        foreach (var (instruction, workdir) in stage.WorkdirSteps)
        {
            if (ImagePaths.RecordCopy(instruction, workdir, added) || context.ShellRunOf(instruction) is not { } view)
            {
                continue;
            }

            var run = view.Run;

            // Files this RUN downloads itself and removes again never reach a layer.
            List<WrittenPath>? own = null;
            foreach (var c in view.Commands)
            {
                if (c.Program is "curl" or "wget" or "git")
                {
                    AddDownloadOutputs(c, workdir, instruction, own ??= new List<WrittenPath>());
                }
            }

            foreach (var c in view.Commands)
            {
                if (c.Program == "rm")
                {
                    Removed(context, run, c, workdir, added, own);
                }
            }

            foreach (var c in view.Commands)
            {
                if ((c.Program is "apt-get" or "apt" && c.Subcommand is "remove" or "purge")
                    || (c.Program == "apk" && c.Subcommand == "del")
                    || (c.Program is "yum" or "dnf" && c.Subcommand is "remove" or "erase"))
                {
                    Uninstalled(context, run, c, installed);
                }

                if ((c.Program is "apt-get" or "apt" && c.Subcommand == "install") || (c.Program == "apk" && c.Subcommand == "add") || (c.Program is "yum" or "dnf" && c.Subcommand == "install"))
                {
                    foreach (var package in Operands(c))
                    {
                        installed[package] = instruction;
                    }
                }

            }

            if (own is not null)
            {
                added.AddRange(own);
            }
        }
    }

    private static void Removed(LintContext context, RunInstruction run, ShellCommand c, string workdir, List<WrittenPath> added, List<WrittenPath>? own)
    {
        foreach (var target in c.Arguments)
        {
            if (target.StartsWith("-", StringComparison.Ordinal))
            {
                continue;
            }

            var path = ImagePaths.Resolve(workdir, target.TrimEnd('*').TrimEnd('/'));
            if (Written(own, path))
            {
                continue;
            }

            foreach (var hit in added)
            {
                if (hit.By != run && (ImagePaths.IsUnder(hit.Path, path) || ImagePaths.IsUnder(path, hit.Path)) && path != "/")
                {
                    // One script or config file copied from the context costs kilobytes: advice. Folders, archives and downloads cost more.
                    var small = hit.Path == path && hit.By is FileTransferInstruction { From: null } && !IsArchive(path);
                    context.Report(Rule, run.Span, $"'rm {target}' deletes what {hit.By.Keyword.ToUpperInvariant()} at line {hit.By.StartLine} added ('{hit.Path}'): the bytes stay in that earlier layer. Don't add it (use .dockerignore, a build stage or a bind mount), or create and delete it in one RUN.", small ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning);
                    return;
                }
            }
        }
    }

    private static bool Written(List<WrittenPath>? own, string path)
    {
        if (own is null)
        {
            return false;
        }

        foreach (var written in own)
        {
            if (written.Path == path)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ArchiveEndings = { ".tar", ".gz", ".tgz", ".zip", ".xz", ".bz2", ".zst", ".deb", ".rpm", ".apk", ".jar", ".war", ".nupkg", ".whl", ".iso", ".bin", ".exe", ".msi" };

    private static bool IsArchive(string path)
    {
        foreach (var ending in ArchiveEndings)
        {
            if (path.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void Uninstalled(LintContext context, RunInstruction run, ShellCommand c, Dictionary<string, Instruction> installed)
    {
        var earlier = new List<string>();
        foreach (var package in Operands(c))
        {
            if (installed.TryGetValue(package, out var by) && by != run)
            {
                earlier.Add(package);
            }
        }

        if (earlier.Count > 0)
        {
            context.Report(Rule, run.Span, $"'{c.Program} {c.Subcommand} {string.Join(" ", earlier)}' uninstalls packages installed at line {installed[earlier[0]].StartLine}: their files stay in that earlier layer. Install, use and remove build-only packages in one RUN, or use a build stage.");
        }
    }

    /// <summary>The arguments after the subcommand that are not options.</summary>
    private static List<string> Operands(ShellCommand c)
    {
        var operands = new List<string>();
        for (var i = 1; i < c.Arguments.Count; i++)
        {
            if (!c.Arguments[i].StartsWith("-", StringComparison.Ordinal))
            {
                operands.Add(c.Arguments[i]);
            }
        }

        return operands;
    }

    private static void AddDownloadOutputs(ShellCommand c, string workdir, Instruction by, List<WrittenPath> added)
    {
        var words = c.Words;
        for (var i = 1; i < words.Count - 1; i++)
        {
            if (((c.Program == "curl" && words[i] is "-o" or "--output") || (c.Program == "wget" && words[i] is "-O" or "--output-document")) && words[i + 1] != "-")
            {
                added.Add(new WrittenPath(ImagePaths.Resolve(workdir, words[i + 1]), by));
            }
        }

        if (c.Program == "git" && c.Subcommand == "clone" && Operands(c) is { Count: >= 2 } clone)
        {
            added.Add(new WrittenPath(ImagePaths.Resolve(workdir, clone[1]), by));
        }
    }
}
