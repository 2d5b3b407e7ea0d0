namespace Containerize.Linting;

/// <summary>
/// A <c>dotnet restore|build|publish|test</c> command of a RUN, with the options that decide what it restores and
/// produces: runtime identifier, self-contained, AOT, trimming, ReadyToRun, configuration, output folder.
/// </summary>
public sealed class DotnetCommand
{
    private static readonly string[] PropertyPrefixes = { "-p:", "/p:", "--property:", "-property:", "/property:" };

    private DotnetCommand(RunView run, ShellCommand command, string verb)
    {
        Run = run;
        Command = command;
        Verb = verb;

        // One pass over the words (this runs for every dotnet command of every file the analyzer sees).
        bool? selfContained = null;
        bool? selfContainedProperty = null;
        var words = command.Words;
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i];
            if (word.Length < 2 || word[0] is not ('-' or '/'))
            {
                continue;
            }

            var next = i + 1 < words.Count ? words[i + 1] : null;
            switch (word)
            {
                case "-r" or "--runtime":
                    RuntimeIdentifier ??= next;
                    continue;
                case "-a" or "--arch":
                    Architecture ??= next;
                    continue;
                case "--os":
                    Os ??= next;
                    continue;
                case "-c" or "--configuration":
                    Configuration ??= next;
                    continue;
                case "-o" or "--output":
                    Output ??= next;
                    continue;
                case "--use-current-runtime" or "--ucr":
                    UsesCurrentRuntime = true;
                    continue;
                case "--no-build":
                    NoBuild = true;
                    continue;
                case "--no-restore":
                    NoRestore = true;
                    continue;
                case "--no-self-contained":
                    selfContained = false;
                    continue;
                case "--self-contained" or "--sc":
                    selfContained ??= next is not null && BoolOf(next) is { } value ? value : true;
                    continue;
                case "-p" or "--property" when next is not null:
                    ReadProperties(next, ref selfContainedProperty);
                    continue;
            }

            if (Joined(word, "-r", "--runtime") is { } rid)
            {
                RuntimeIdentifier ??= rid;
            }
            else if (Joined(word, "-a", "--arch") is { } arch)
            {
                Architecture ??= arch;
            }
            else if (Joined(word, "-c", "--configuration") is { } configuration)
            {
                Configuration ??= configuration;
            }
            else if (Joined(word, "-o", "--output") is { } output)
            {
                Output ??= output;
            }
            else if (Joined(word, "--self-contained", "--sc") is { } sc)
            {
                selfContained ??= BoolOf(sc);
            }
            else
            {
                foreach (var prefix in PropertyPrefixes)
                {
                    if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                    {
                        ReadProperties(word.Substring(prefix.Length), ref selfContainedProperty);
                        break;
                    }
                }
            }
        }

        RuntimeIdentifier ??= UsesCurrentRuntime ? "current" : null;
        ExplicitSelfContained = selfContained ?? selfContainedProperty;
    }

    public RunView Run { get; }

    public ShellCommand Command { get; }

    /// <summary><c>restore</c>, <c>build</c>, <c>publish</c> or <c>test</c>.</summary>
    public string Verb { get; }

    public string? RuntimeIdentifier { get; private set; }

    public string? Architecture { get; private set; }

    public string? Os { get; private set; }

    /// <summary>Whether a RID-specific asset set is restored or needed (<c>-r</c>, <c>-a</c> or <c>--os</c>).</summary>
    public bool HasRuntime => RuntimeIdentifier is not null || Architecture is not null || Os is not null;

    public string? Configuration { get; private set; }

    public string? Output { get; private set; }

    public bool PublishAot { get; private set; }

    public bool PublishTrimmed { get; private set; }

    public bool ReadyToRun { get; private set; }

    public bool NoBuild { get; private set; }

    public bool NoRestore { get; private set; }

    /// <summary>True/false when the command says so (<c>--self-contained</c>, <c>--no-self-contained</c>, <c>-p:SelfContained=…</c>); null when it does not.</summary>
    public bool? ExplicitSelfContained { get; }

    /// <summary><c>--use-current-runtime</c>: the RID of the machine that builds.</summary>
    public bool UsesCurrentRuntime { get; private set; }

    /// <summary>
    /// Whether the publish brings its own runtime, from its own flags: self-contained, AOT or trimmed; or <c>-r</c> on an
    /// SDK of .NET 7 or older (where a RID implied self-contained). Null when the flags do not say.
    /// </summary>
    public bool? SelfContained(double? sdkVersion)
    {
        if (ExplicitSelfContained is { } explicitValue)
        {
            return explicitValue;
        }

        if (PublishAot || PublishTrimmed)
        {
            return true;
        }

        if (RuntimeIdentifier is not null && sdkVersion is { } v && v < 8)
        {
            return true;
        }

        return null;
    }

    public override string ToString() => Command.ToString();

    /// <summary>Every dotnet restore/build/publish/test of the file, in order.</summary>
    public static IReadOnlyList<DotnetCommand> All(LintContext context)
    {
        var all = new List<DotnetCommand>();
        foreach (var run in context.Runs)
        {
            foreach (var command in run.Commands)
            {
                if (command.Program == "dotnet" && command.Subcommand is "restore" or "build" or "publish" or "test")
                {
                    all.Add(new DotnetCommand(run, command, command.Subcommand!));
                }
            }
        }

        return all;
    }

    // "-rlinux-x64" is not a form dotnet accepts; "--runtime=linux-x64" and "-r:linux-x64" are.
    private static string? Joined(string word, string shortName, string longName) => Joined(word, shortName) ?? Joined(word, longName);

    private static string? Joined(string word, string name) =>
        word.Length > name.Length + 1 && word.StartsWith(name, StringComparison.Ordinal) && word[name.Length] is '=' or ':' ? word.Substring(name.Length + 1) : null;

    // Name=Value pairs of one -p argument ("A=1;B=2"); the last value of a property wins, as in MSBuild.
    private void ReadProperties(string body, ref bool? selfContained)
    {
        foreach (var pair in body.Split(';'))
        {
            var eq = pair.IndexOf('=');
            if (eq <= 0)
            {
                continue;
            }

            var name = pair.Substring(0, eq).Trim();
            var value = pair.Substring(eq + 1).Trim().Trim('"');
            if (name.Equals("RuntimeIdentifier", StringComparison.OrdinalIgnoreCase))
            {
                RuntimeIdentifier = value;
            }
            else if (name.Equals("Configuration", StringComparison.OrdinalIgnoreCase))
            {
                Configuration = value;
            }
            else if (name.Equals("OutputPath", StringComparison.OrdinalIgnoreCase) || name.Equals("PublishDir", StringComparison.OrdinalIgnoreCase))
            {
                Output = value;
            }
            else if (name.Equals("PublishAot", StringComparison.OrdinalIgnoreCase))
            {
                PublishAot = BoolOf(value) == true;
            }
            else if (name.Equals("PublishTrimmed", StringComparison.OrdinalIgnoreCase))
            {
                PublishTrimmed = BoolOf(value) == true;
            }
            else if (name.Equals("PublishReadyToRun", StringComparison.OrdinalIgnoreCase))
            {
                ReadyToRun = BoolOf(value) == true;
            }
            else if (name.Equals("SelfContained", StringComparison.OrdinalIgnoreCase) || name.Equals("PublishSelfContained", StringComparison.OrdinalIgnoreCase))
            {
                selfContained = BoolOf(value);
            }
        }
    }

    private static bool? BoolOf(string? value) =>
        string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? true : string.Equals(value, "false", StringComparison.OrdinalIgnoreCase) ? false : null;

}
