namespace Containerize.Linting;

/// <summary>One simple command of a RUN script: leading <c>VAR=value</c> assignments, then the words.</summary>
public sealed class ShellCommand
{
    public ShellCommand(IReadOnlyList<string> assignments, IReadOnlyList<string> words, bool pipesOut, bool pipedIn)
    {
        Assignments = assignments;
        Words = words;
        PipesOut = pipesOut;
        PipedIn = pipedIn;
        var name = words.Count > 0 ? words[0] : string.Empty;
        Program = name.IndexOf('/') < 0 ? name : name.Substring(name.LastIndexOf('/') + 1);
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i].Length == 0 || words[i][0] != '-')
            {
                Subcommand = words[i];
                break;
            }
        }
    }

    public IReadOnlyList<string> Assignments { get; }

    /// <summary>The command name and its arguments, quotes removed.</summary>
    public IReadOnlyList<string> Words { get; }

    public string Name => Words.Count > 0 ? Words[0] : string.Empty;

    /// <summary>The base name of the program (<c>/usr/bin/pip3</c> → <c>pip3</c>).</summary>
    public string Program { get; }

    public bool PipesOut { get; }

    public bool PipedIn { get; }

    /// <summary>The words after the command name.</summary>
    public IReadOnlyList<string> Arguments => _arguments ??= WordsAfterName();

    private string[]? _arguments;

    public bool HasArgument(string argument)
    {
        for (var i = 1; i < Words.Count; i++)
        {
            if (Words[i] == argument)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first argument that is not an option (the subcommand of apt-get, dnf…).</summary>
    public string? Subcommand { get; }

    public override string ToString() => string.Join(" ", Words);

    private string[] WordsAfterName()
    {
        var arguments = new string[Math.Max(0, Words.Count - 1)];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Words[i + 1];
        }

        return arguments;
    }
}
