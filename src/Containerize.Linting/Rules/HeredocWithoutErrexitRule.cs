using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1306: a heredoc RUN script with several commands and no <c>set -e</c>: only the last command's status counts.</summary>
public sealed class HeredocWithoutErrexitRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.HeredocWithoutErrexit,
        "A heredoc RUN is a script: without 'set -e' a failing command does not stop it, and the build passes when the last command succeeds.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var run in context.Runs)
        {
            var instruction = run.Run;
            if (instruction.Heredocs.Count == 0 || instruction.IsExecForm || ShellOf(instruction.CommandText) is not { } shellFlags || shellFlags.IndexOf('e') >= 0)
            {
                continue;
            }

            var heredoc = instruction.Heredocs[0];
            var commands = Commands(heredoc.Content, out var errexit);
            if (errexit || commands < 2)
            {
                continue;
            }

            // Two commands: the second usually fails too when it needs what the first made; three or more hide failures.
            var severity = commands >= 3 ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info;
            context.RaiseAt(Rule, run.Anchor.KeywordSpan, severity, commands);
        }
    }

    /// <summary>The flags of the shell the heredoc is fed to (<c>&lt;&lt;EOF</c> alone: the default shell, no flags); null when the heredoc is a file, not the script.</summary>
    private static string? ShellOf(string commandText)
    {
        var words = ShellWords.Split(commandText);
        if (words.Count == 0)
        {
            return null;
        }

        if (words[0].StartsWith("<<", StringComparison.Ordinal))
        {
            return words.Count == 1 ? string.Empty : null;
        }

        var program = words[0].Substring(words[0].LastIndexOf('/') + 1);
        if (program is not ("sh" or "bash" or "ash" or "dash"))
        {
            return null;
        }

        var flags = string.Empty;
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].StartsWith("<<", StringComparison.Ordinal))
            {
                return flags;
            }

            if (words[i] == "-o" && i + 1 < words.Count && words[i + 1] == "errexit")
            {
                flags += "e";
            }
            else if (words[i].StartsWith("-", StringComparison.Ordinal))
            {
                flags += words[i].Substring(1);
            }
        }

        return null;
    }

    /// <summary>Logical command lines of the script (continuations joined; lines chained with &amp;&amp;, || or | count once).</summary>
    private static int Commands(string script, out bool errexit)
    {
        errexit = false;
        var count = 0;
        var chained = false;
        var pending = string.Empty;
        foreach (var raw in script.Split('\n'))
        {
            var line = raw.TrimEnd('\r').Trim();
            if (line.EndsWith("\\", StringComparison.Ordinal))
            {
                pending += line.Substring(0, line.Length - 1) + " ";
                continue;
            }

            line = (pending + line).Trim();
            pending = string.Empty;
            if (line.StartsWith("#!", StringComparison.Ordinal))
            {
                errexit |= ShebangErrexit(line);
                continue;
            }

            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (IsSetErrexit(line))
            {
                errexit = true;
            }

            if (!chained && !IsKeyword(line))
            {
                count++;
            }

            chained = line.EndsWith("&&", StringComparison.Ordinal) || line.EndsWith("||", StringComparison.Ordinal) || line.EndsWith("|", StringComparison.Ordinal);
        }

        return count;
    }

    private static bool IsSetErrexit(string line)
    {
        var words = ShellWords.Split(line);
        if (words.Count < 2 || words[0] != "set")
        {
            return false;
        }

        for (var i = 1; i < words.Count; i++)
        {
            if ((words[i].StartsWith("-", StringComparison.Ordinal) && words[i].IndexOf('e') > 0) || (words[i] == "-o" && i + 1 < words.Count && words[i + 1] == "errexit"))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ShebangErrexit(string line)
    {
        var words = line.Substring(2).Split(' ');
        for (var i = 1; i < words.Length; i++)
        {
            if (words[i].StartsWith("-", StringComparison.Ordinal) && words[i].IndexOf('e') > 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsKeyword(string line) =>
        line is "fi" or "done" or "esac" or "then" or "do" or "else" or "}" or ";;" || line.StartsWith("elif ", StringComparison.Ordinal);
}
