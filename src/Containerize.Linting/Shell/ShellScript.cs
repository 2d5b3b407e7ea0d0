using System.Text;

namespace Containerize.Linting;

/// <summary>
/// A light reading of a POSIX shell script: enough to find the commands a RUN runs, their arguments and how
/// they are chained (<c>&amp;&amp;</c>, <c>||</c>, <c>;</c>, <c>|</c>, newlines). Command substitutions stay inside
/// their word; <c>sudo</c>/<c>env</c> prefixes are looked through by <see cref="Effective"/>.
/// </summary>
public sealed class ShellScript
{
    private ShellScript(IReadOnlyList<ShellCommand> commands)
    {
        Commands = commands;
    }

    public IReadOnlyList<ShellCommand> Commands { get; }

    public static ShellScript Parse(string script)
    {
        var commands = new List<ShellCommand>();
        var words = new List<string>();
        var word = new StringBuilder();
        var inWord = false;
        var pipedIn = false;
        var text = script ?? string.Empty;

        void EndWord()
        {
            if (inWord)
            {
                words.Add(word.ToString());
                word.Clear();
                inWord = false;
            }
        }

        void EndCommand(bool pipesOut)
        {
            EndWord();
            if (words.Count > 0)
            {
                var i = 0;
                while (i < words.Count && IsAssignment(words[i]))
                {
                    i++;
                }

                var assignments = new string[i];
                var commandWords = new string[words.Count - i];
                words.CopyTo(0, assignments, 0, i);
                words.CopyTo(i, commandWords, 0, commandWords.Length);
                commands.Add(new ShellCommand(assignments, commandWords, pipesOut, pipedIn));
            }

            words.Clear();
            pipedIn = pipesOut;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' when i + 1 < text.Length:
                    if (text[i + 1] == '\n')
                    {
                        i++;
                        continue;
                    }

                    word.Append(text[++i]);
                    inWord = true;
                    continue;
                case '\'':
                {
                    var end = text.IndexOf('\'', i + 1);
                    end = end < 0 ? text.Length : end;
                    word.Append(text, i + 1, end - i - 1);
                    inWord = true;
                    i = end;
                    continue;
                }

                case '"':
                {
                    var j = i + 1;
                    while (j < text.Length && text[j] != '"')
                    {
                        if (text[j] == '\\' && j + 1 < text.Length)
                        {
                            j++;
                        }

                        word.Append(text[j]);
                        j++;
                    }

                    inWord = true;
                    i = j;
                    continue;
                }

                case '$' when i + 1 < text.Length && text[i + 1] == '(':
                case '`':
                {
                    // Keep a command substitution inside the current word.
                    var close = c == '`' ? text.IndexOf('`', i + 1) : MatchParen(text, i + 1);
                    close = close < 0 ? text.Length - 1 : close;
                    word.Append(text, i, close - i + 1);
                    inWord = true;
                    i = close;
                    continue;
                }

                case '#' when !inWord:
                {
                    var newline = text.IndexOf('\n', i);
                    i = (newline < 0 ? text.Length : newline) - 1;
                    continue;
                }

                case ' ' or '\t' or '\r':
                    EndWord();
                    continue;
                case '\n' or ';':
                    EndCommand(false);
                    continue;
                case '&':
                    if (i + 1 < text.Length && text[i + 1] == '&')
                    {
                        i++;
                    }

                    EndCommand(false);
                    continue;
                case '|':
                    if (i + 1 < text.Length && text[i + 1] == '|')
                    {
                        i++;
                        EndCommand(false);
                    }
                    else
                    {
                        EndCommand(true);
                    }

                    continue;
                case '(' or ')' or '{' or '}' when !inWord:
                    EndCommand(false);
                    continue;
                default:
                {
                    // A run of ordinary characters goes in with one append.
                    var end = i + 1;
                    while (end < text.Length && !IsSpecial(text[end]))
                    {
                        end++;
                    }

                    word.Append(text, i, end - i);
                    inWord = true;
                    i = end - 1;
                    continue;
                }
            }
        }

        EndCommand(false);
        return new ShellScript(commands);
    }

    /// <summary>Commands with <c>sudo</c>, <c>env</c>, <c>nohup</c>, <c>time</c> and shell keywords looked through.</summary>
    public IReadOnlyList<ShellCommand> Effective()
    {
        var effective = new List<ShellCommand>(Commands.Count);
        foreach (var command in Commands)
        {
            if (!IsPrefix(command.Program))
            {
                effective.Add(command);
                continue;
            }

            var words = new List<string>(command.Words);
            var assignments = new List<string>(command.Assignments);
            while (words.Count > 0)
            {
                var program = words[0].Substring(words[0].LastIndexOf('/') + 1);
                if (IsPrefix(program))
                {
                    words.RemoveAt(0);
                    while (words.Count > 0 && (words[0].StartsWith("-", StringComparison.Ordinal) || IsAssignment(words[0])))
                    {
                        if (IsAssignment(words[0]))
                        {
                            assignments.Add(words[0]);
                        }

                        words.RemoveAt(0);
                    }

                    continue;
                }

                break;
            }

            if (words.Count > 0)
            {
                effective.Add(new ShellCommand(assignments, words, command.PipesOut, command.PipedIn));
            }
        }

        return effective;
    }

    private static bool IsSpecial(char c) =>
        c is '\\' or '\'' or '"' or '$' or '`' or '#' or ' ' or '\t' or '\r' or '\n' or ';' or '&' or '|' or '(' or ')' or '{' or '}';

    private static bool IsPrefix(string program) =>
        program is "sudo" or "env" or "nohup" or "time" or "exec" or "then" or "do" or "else" or "if" or "while" or "!";

    private static bool IsAssignment(string word)
    {
        var eq = word.IndexOf('=');
        if (eq <= 0)
        {
            return false;
        }

        for (var i = 0; i < eq; i++)
        {
            var c = word[i];
            if (!(char.IsLetterOrDigit(c) || c == '_') || (i == 0 && char.IsDigit(c)))
            {
                return false;
            }
        }

        return true;
    }

    private static int MatchParen(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')' && --depth == 0)
            {
                return i;
            }
        }

        return -1;
    }
}
