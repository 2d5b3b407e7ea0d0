namespace Containerize.Linting;

/// <summary>
/// A <c>dotnet restore|build|publish|test</c> command of a RUN, with the options that decide what it restores and
/// produces: runtime identifier, self-contained, AOT, trimming, ReadyToRun, configuration, output folder.
/// </summary>
public sealed class DotnetCommand
{
    private DotnetCommand(RunView run, ShellCommand command, string verb)
    {
        Run = run;
        Command = command;
        Verb = verb;
        RuntimeIdentifier = Option("-r", "--runtime") ?? Property("RuntimeIdentifier")
            ?? (command.HasArgument("--use-current-runtime") || command.HasArgument("--ucr") ? "current" : null);
        Architecture = Option("-a", "--arch");
        Os = Option("--os");
        Configuration = Option("-c", "--configuration") ?? Property("Configuration");
        Output = Option("-o", "--output") ?? Property("OutputPath") ?? Property("PublishDir");
        PublishAot = IsTrue(Property("PublishAot"));
        PublishTrimmed = IsTrue(Property("PublishTrimmed"));
        ReadyToRun = IsTrue(Property("PublishReadyToRun"));
        NoBuild = command.HasArgument("--no-build");
        NoRestore = command.HasArgument("--no-restore");
        var selfContained = SwitchValue("--self-contained", "--sc") ?? BoolOf(Property("SelfContained")) ?? BoolOf(Property("PublishSelfContained"));
        if (command.HasArgument("--no-self-contained"))
        {
            selfContained = false;
        }

        ExplicitSelfContained = selfContained;
    }

    public RunView Run { get; }

    public ShellCommand Command { get; }

    /// <summary><c>restore</c>, <c>build</c>, <c>publish</c> or <c>test</c>.</summary>
    public string Verb { get; }

    public string? RuntimeIdentifier { get; }

    public string? Architecture { get; }

    public string? Os { get; }

    /// <summary>Whether a RID-specific asset set is restored or needed (<c>-r</c>, <c>-a</c> or <c>--os</c>).</summary>
    public bool HasRuntime => RuntimeIdentifier is not null || Architecture is not null || Os is not null;

    public string? Configuration { get; }

    public string? Output { get; }

    public bool PublishAot { get; }

    public bool PublishTrimmed { get; }

    public bool ReadyToRun { get; }

    public bool NoBuild { get; }

    public bool NoRestore { get; }

    /// <summary>True/false when the command says so (<c>--self-contained</c>, <c>--no-self-contained</c>, <c>-p:SelfContained=…</c>); null when it does not.</summary>
    public bool? ExplicitSelfContained { get; }

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

    private string? Option(params string[] names)
    {
        var words = Command.Words;
        for (var i = 1; i < words.Count; i++)
        {
            foreach (var name in names)
            {
                if (words[i] == name && i + 1 < words.Count)
                {
                    return words[i + 1];
                }

                if (words[i].Length > name.Length + 1 && words[i].StartsWith(name, StringComparison.Ordinal) && words[i][name.Length] is '=' or ':')
                {
                    return words[i].Substring(name.Length + 1);
                }
            }
        }

        return null;
    }

    // -p:Name=Value, /p:Name=Value, --property:Name=Value, -property:Name=Value, -p Name=Value
    private string? Property(string name)
    {
        var words = Command.Words;
        string? value = null;
        for (var i = 1; i < words.Count; i++)
        {
            var word = words[i];
            string? body = null;
            foreach (var prefix in new[] { "-p:", "/p:", "--property:", "-property:", "/property:" })
            {
                if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    body = word.Substring(prefix.Length);
                    break;
                }
            }

            if (body is null && word is "-p" or "--property" && i + 1 < words.Count)
            {
                body = words[i + 1];
            }

            if (body is null)
            {
                continue;
            }

            foreach (var pair in body.Split(';'))
            {
                var eq = pair.IndexOf('=');
                if (eq > 0 && string.Equals(pair.Substring(0, eq).Trim(), name, StringComparison.OrdinalIgnoreCase))
                {
                    value = pair.Substring(eq + 1).Trim().Trim('"');
                }
            }
        }

        return value;
    }

    // "--self-contained", "--self-contained true|false", "--self-contained=false"
    private bool? SwitchValue(params string[] names)
    {
        var words = Command.Words;
        for (var i = 1; i < words.Count; i++)
        {
            foreach (var name in names)
            {
                if (words[i] == name)
                {
                    return i + 1 < words.Count && BoolOf(words[i + 1]) is { } next ? next : true;
                }

                if (words[i].StartsWith(name + "=", StringComparison.Ordinal) || words[i].StartsWith(name + ":", StringComparison.Ordinal))
                {
                    return BoolOf(words[i].Substring(name.Length + 1));
                }
            }
        }

        return null;
    }

    private static bool? BoolOf(string? value) =>
        string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) ? true : string.Equals(value, "false", StringComparison.OrdinalIgnoreCase) ? false : null;

    private static bool IsTrue(string? value) => BoolOf(value) == true;
}
