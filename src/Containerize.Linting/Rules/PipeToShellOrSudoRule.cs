using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1304: a download piped into a shell, or sudo in a RUN.</summary>
public sealed class PipeToShellOrSudoRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.PipeToShellOrSudo,
        "curl … | sh runs whatever the server sends that day, unverified; sudo in a build is pointless (RUN already runs as the USER in force) and hides which user owns the result.",
        "DL3004");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var run in context.Runs)
        {
            var raw = run.Script.Commands;
            foreach (var command in raw)
            {
                if (command.Program == "sudo")
                {
                    context.RaiseCheck(Rule, run.Anchor.Span, "DL3004", "sudo", "the build already runs as the current USER. Drop sudo, and switch users with USER (or gosu/su-exec in an entrypoint)");
                    break;
                }
            }

            for (var i = 0; i + 1 < raw.Count; i++)
            {
                var source = raw[i];
                var sink = raw[i + 1];
                if (source.PipesOut && source.Program is "curl" or "wget" && sink.Program is "sh" or "bash" or "zsh" or "dash" or "ash" or "python" or "python3" or "perl" or "ruby"
                    && !RunsScriptFile(sink))
                {
                    context.Raise(Rule, run.Anchor.Span, $"{source.Program} … | {sink.Program}", "it runs a downloaded script without checking it. Download to a file, verify its checksum (sha256sum -c), then run it");
                }
            }
        }
    }

    private static bool RunsScriptFile(ShellCommand shell)
    {
        foreach (var argument in shell.Arguments)
        {
            if (argument.EndsWith(".sh", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
