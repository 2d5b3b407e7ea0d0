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
                // 'exec program' makes the program replace the shell: it is PID 1 and gets the signals.
                if (instruction is CommandInstruction { IsExecForm: false } command and (CmdInstruction or EntrypointInstruction) && command.CommandText.Length > 0
                    && !Execs(command.CommandText))
                {
                    var keyword = command.Keyword.ToUpperInvariant();
                    var remedy = UsesShell(command.CommandText)
                        ? "The command needs the shell (operators, redirections or variables): put 'exec' before the program it finally starts, so that it replaces the shell, or move the steps into an entrypoint script run in exec form"
                        : $"Use the exec form: {keyword} {DockerfileBuilder.JsonArray(ShellWords.Split(command.CommandText))}";
                    context.Raise(Rule, command.Span, keyword, command.CommandText, remedy);
                }
            }
        }
    }

    private static bool Execs(string command) =>
        command.StartsWith("exec ", StringComparison.Ordinal) || command.Contains(" exec ") || command.Contains(";exec ") || command.Contains("&&exec ");

    private static bool UsesShell(string command)
    {
        foreach (var marker in new[] { "&&", "||", "|", ";", ">", "<", "$", "`", "*", "~" })
        {
            if (command.Contains(marker))
            {
                return true;
            }
        }

        return false;
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
