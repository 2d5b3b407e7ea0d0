using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>
/// CTZ1321: CMD or ENTRYPOINT in shell form (BuildKit's JSONArgsRecommended). Quiet in stages with their own SHELL (the
/// author chose the shell) and in a distroless final stage, where CTZ1303 reports that there is no shell at all.
/// </summary>
public sealed class ShellFormCommandRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.ShellFormCommand,
        "In shell form the container's PID 1 is /bin/sh. Many shells do not forward SIGTERM, so 'docker stop' waits and then kills the app: no graceful shutdown, no flushed logs.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var stage in context.Stages)
        {
            if (HasShell(stage) || (stage.IsFinal && stage.RootImage is { IsDistroless: true }))
            {
                continue;
            }

            foreach (var instruction in stage.Instructions)
            {
                if (instruction is CommandInstruction { IsExecForm: false } command and (CmdInstruction or EntrypointInstruction) && command.CommandText.Length > 0)
                {
                    var keyword = command.Keyword.ToUpperInvariant();
                    context.Raise(Rule, command.Span, keyword, command.CommandText, DockerfileBuilder.JsonArray(ShellWords.Split(command.CommandText)));
                }
            }
        }
    }

    private static bool HasShell(StageView stage)
    {
        for (var s = stage; s is not null; s = s.BaseStage)
        {
            foreach (var instruction in s.Instructions)
            {
                if (instruction is ShellInstruction)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
