using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1203: a RUN deletes (or uninstalls) what an earlier layer added: the bytes stay in the image.</summary>
public sealed class DeletedInLaterLayerRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.DeletedInLaterLayer,
        "Deleting in a later layer does not shrink the image",
        RuleCategory.LayersAndSize,
        DiagnosticSeverity.Warning,
        "Layers only add: removing a file in a later layer hides it but its bytes stay in the layer that added it.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        if (!context.AnyFinalImageRunCalls("rm", "apt-get", "apt", "apk", "yum", "dnf"))
        {
            return;
        }

        foreach (var stage in context.Stages.Where(s => s.IsInFinalImage))
        {
            var added = new List<(string Path, Instruction By)>();
            var installed = new Dictionary<string, Instruction>(StringComparer.Ordinal);
            foreach (var (instruction, workdir) in ImagePaths.WithWorkdir(stage))
            {
                if (instruction is FileTransferInstruction transfer && transfer.Sources.Count > 0)
                {
                    foreach (var path in ImagePaths.Destinations(transfer, workdir))
                    {
                        added.Add((path, instruction));
                    }

                    continue;
                }

                if (instruction is not RunInstruction run || run.IsExecForm)
                {
                    continue;
                }

                var commands = context.ViewOf(run)?.Commands ?? Array.Empty<ShellCommand>();
                foreach (var c in commands.Where(c => c.Program == "rm"))
                {
                    foreach (var target in c.Arguments.Where(a => !a.StartsWith("-", StringComparison.Ordinal)))
                    {
                        var path = ImagePaths.Resolve(workdir, target.TrimEnd('*').TrimEnd('/'));
                        var hit = added.FirstOrDefault(a => a.By != instruction && (ImagePaths.IsUnder(a.Path, path) || ImagePaths.IsUnder(path, a.Path)) && path != "/");
                        if (hit.By is not null)
                        {
                            context.Report(Rule, run.Span, $"'rm {target}' deletes what {hit.By.Keyword.ToUpperInvariant()} at line {hit.By.StartLine} added ('{hit.Path}'): the bytes stay in that earlier layer. Don't add it (use .dockerignore or a build stage), or create and delete it in one RUN.");
                            break;
                        }
                    }
                }

                foreach (var c in commands)
                {
                    var removes = (c.Program is "apt-get" or "apt" && c.Subcommand is "remove" or "purge")
                        || (c.Program == "apk" && c.Subcommand == "del")
                        || (c.Program is "yum" or "dnf" && c.Subcommand is "remove" or "erase");
                    if (removes)
                    {
                        var packages = c.Arguments.Skip(1).Where(a => !a.StartsWith("-", StringComparison.Ordinal)).ToList();
                        var earlier = packages.Where(p => installed.TryGetValue(p, out var by) && by != instruction).ToList();
                        if (earlier.Count > 0)
                        {
                            context.Report(Rule, run.Span, $"'{c.Program} {c.Subcommand} {string.Join(" ", earlier)}' uninstalls packages installed at line {installed[earlier[0]].StartLine}: their files stay in that earlier layer. Install, use and remove build-only packages in one RUN, or use a build stage.");
                        }
                    }

                    var installs = (c.Program is "apt-get" or "apt" && c.Subcommand == "install") || (c.Program == "apk" && c.Subcommand == "add") || (c.Program is "yum" or "dnf" && c.Subcommand == "install");
                    if (installs)
                    {
                        foreach (var package in c.Arguments.Skip(1).Where(a => !a.StartsWith("-", StringComparison.Ordinal)))
                        {
                            installed[package] = instruction;
                        }
                    }

                    foreach (var output in DownloadOutputs(c))
                    {
                        added.Add((ImagePaths.Resolve(workdir, output), instruction));
                    }
                }
            }
        }
    }

    private static IEnumerable<string> DownloadOutputs(ShellCommand c)
    {
        var words = c.Words;
        for (var i = 1; i < words.Count - 1; i++)
        {
            if ((c.Program == "curl" && words[i] is "-o" or "--output") || (c.Program == "wget" && words[i] is "-O" or "--output-document"))
            {
                if (words[i + 1] != "-")
                {
                    yield return words[i + 1];
                }
            }
        }

        if (c.Program == "git" && c.Subcommand == "clone")
        {
            var args = c.Arguments.Skip(1).Where(a => !a.StartsWith("-", StringComparison.Ordinal)).ToList();
            if (args.Count >= 2)
            {
                yield return args[1];
            }
        }
    }
}
