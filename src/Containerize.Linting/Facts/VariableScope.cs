using Containerize.Dockerfiles;

namespace Containerize.Linting;

/// <summary>
/// Which variables an instruction of a stage can see, as BuildKit expands them: ARGs and ENVs declared before it in the
/// stage or in the stages it is built FROM; global ARGs (before the first FROM) only where the stage re-declares them.
/// Shared by CTZ1120 (undefined variables) and CTZ1121 (global ARGs not re-declared).
/// </summary>
internal sealed class VariableScope
{
    /// <summary>Instructions whose words BuildKit's frontend expands (RUN is expanded by the shell, FROM by the global scope).</summary>
    public static bool IsExpanded(Instruction instruction) =>
        instruction is FileTransferInstruction or EnvInstruction or ArgInstruction or LabelInstruction or ExposeInstruction
            or UserInstruction or WorkdirInstruction or VolumeInstruction or StopSignalInstruction;

    /// <summary>Variables every shell and image has; a near-miss of these is a typo ($PAHT).</summary>
    public static readonly string[] Common = { "PATH", "HOME", "HOSTNAME" };

    /// <summary>BuildKit's predefined proxy ARGs: visible to RUN without a declaration.</summary>
    public static readonly HashSet<string> Proxies = new(StringComparer.Ordinal)
    {
        "HTTP_PROXY", "http_proxy", "HTTPS_PROXY", "https_proxy", "FTP_PROXY", "ftp_proxy", "NO_PROXY", "no_proxy", "ALL_PROXY", "all_proxy",
    };

    private readonly HashSet<string> _inherited = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Instruction> _laterInStage = new(StringComparer.Ordinal);

    public VariableScope(LintContext context, StageView stage)
    {
        Globals = new Dictionary<string, ArgInstruction>(StringComparer.Ordinal);
        foreach (var arg in context.Dockerfile.Stages.GlobalArgs)
        {
            foreach (var declaration in arg.Declarations)
            {
                if (!Globals.ContainsKey(declaration.Name))
                {
                    Globals[declaration.Name] = arg;
                }
            }
        }

        for (var s = stage.BaseStage; s is not null; s = s.BaseStage)
        {
            foreach (var instruction in s.Instructions)
            {
                AddNames(instruction, _inherited);
            }
        }

        var root = stage.Root;
        InheritsNothing = root.BaseImage is { IsScratch: true };
        foreach (var instruction in stage.Instructions)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            AddNames(instruction, names);
            foreach (var name in names)
            {
                if (!_laterInStage.ContainsKey(name))
                {
                    _laterInStage[name] = instruction;
                }
            }
        }
    }

    /// <summary>Global ARG names with the ARG that declares them (reference values: no generic code over a value type on a cold start).</summary>
    public Dictionary<string, ArgInstruction> Globals { get; }

    /// <summary>Declared so far in this stage (call <see cref="Declare"/> after checking each instruction).</summary>
    public HashSet<string> Declared { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the stage chain starts FROM scratch: no variable comes from a base image.</summary>
    public bool InheritsNothing { get; }

    public bool IsVisible(string name) => Declared.Contains(name) || _inherited.Contains(name);

    /// <summary>The line of the stage's first ARG/ENV that declares <paramref name="name"/>, or 0.</summary>
    public int DeclaredAt(string name) => _laterInStage.TryGetValue(name, out var instruction) ? instruction.StartLine : 0;

    /// <summary>Names a typo could have meant: what is visible, the global ARGs, BuildKit's automatic ARGs, PATH/HOME.</summary>
    public List<string> Candidates()
    {
        var all = new List<string>(Declared);
        all.AddRange(_inherited);
        all.AddRange(Globals.Keys);
        all.AddRange(StageGraph.AutomaticArgs);
        all.AddRange(Common);
        return all;
    }

    public void Declare(Instruction instruction) => AddNames(instruction, Declared);

    /// <summary>A cheap test before building a scope: does any instruction of the stage mention a variable at all?</summary>
    public static bool UsesVariables(StageView stage)
    {
        foreach (var instruction in stage.Instructions)
        {
            if (instruction.ArgumentText.IndexOf('$') >= 0 || (instruction is RunInstruction run && run.Heredocs.Count > 0))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsAutomatic(string name)
    {
        foreach (var automatic in StageGraph.AutomaticArgs)
        {
            if (string.Equals(automatic, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when a shell script assigns the variable itself (X=…, export X, for X in, read X).</summary>
    public static bool ScriptAssigns(string script, string name) =>
        script.Contains(name + "=") || script.Contains("for " + name + " ") || (script.Contains("read ") && script.Contains(" " + name));

    /// <summary>The words of an expanded instruction, each with its span: arguments and flag values.</summary>
    public static List<SyntaxToken> Words(Instruction instruction)
    {
        var words = new List<SyntaxToken>(instruction.Arguments);
        if (instruction is KeyValueInstruction keyValues)
        {
            words.Clear();
            foreach (var pair in keyValues.Pairs)
            {
                words.Add(pair.KeyToken);
                words.Add(pair.ValueToken);
            }
        }

        return words;
    }

    private static void AddNames(Instruction instruction, HashSet<string> into)
    {
        switch (instruction)
        {
            case ArgInstruction arg:
                foreach (var declaration in arg.Declarations)
                {
                    into.Add(declaration.Name);
                }

                break;
            case EnvInstruction env:
                foreach (var pair in env.Pairs)
                {
                    into.Add(pair.Key);
                }

                break;
        }
    }
}
