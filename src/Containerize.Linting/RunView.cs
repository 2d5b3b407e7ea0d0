using Containerize.Dockerfiles;

namespace Containerize.Linting;

/// <summary>A RUN as rules see it: its stage, its parsed script, and (for ONBUILD RUN) the instruction to point at.</summary>
public sealed class RunView
{
    internal RunView(RunInstruction run, StageView stage, Instruction anchor, ShellScript script)
    {
        Run = run;
        Stage = stage;
        Anchor = anchor;
        Script = script;
    }

    public RunInstruction Run { get; }

    public StageView Stage { get; }

    /// <summary>The instruction findings point at: the RUN itself, or the ONBUILD that wraps it.</summary>
    public Instruction Anchor { get; }

    public bool IsOnbuild => !ReferenceEquals(Anchor, Run);

    public ShellScript Script { get; }

    /// <summary>Commands with sudo/env prefixes looked through.</summary>
    public IReadOnlyList<ShellCommand> Commands => _commands ??= Script.Effective();

    private IReadOnlyList<ShellCommand>? _commands;

    /// <summary>True when a cache or tmpfs mount covers <paramref name="path"/> (the mount target is the path or above it).</summary>
    public bool HasCacheMount(string path)
    {
        foreach (var mount in Run.Mounts)
        {
            if (mount.Type is "cache" or "tmpfs" && mount.Target is { } target && Covers(target, path))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Covers(string target, string path)
    {
        var t = target.TrimEnd('/');
        var p = path.TrimEnd('/');
        return p == t || p.StartsWith(t + "/", StringComparison.Ordinal);
    }
}
