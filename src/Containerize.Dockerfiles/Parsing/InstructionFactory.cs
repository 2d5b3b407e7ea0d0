namespace Containerize.Dockerfiles.Parsing;

internal static class InstructionFactory
{
    private static readonly Dictionary<string, string> Canonical = new(StringComparer.OrdinalIgnoreCase)
    {
        ["from"] = "from", ["run"] = "run", ["cmd"] = "cmd", ["entrypoint"] = "entrypoint", ["shell"] = "shell", ["copy"] = "copy",
        ["add"] = "add", ["env"] = "env", ["arg"] = "arg", ["label"] = "label", ["expose"] = "expose", ["user"] = "user",
        ["workdir"] = "workdir", ["volume"] = "volume", ["healthcheck"] = "healthcheck", ["stopsignal"] = "stopsignal",
        ["onbuild"] = "onbuild", ["maintainer"] = "maintainer",
    };

    /// <summary>The lower-case keyword for known instructions, without allocating; lower-cases unknown ones.</summary>
    public static string Lower(string keyword) => Canonical.TryGetValue(keyword, out var lower) ? lower : keyword.ToLowerInvariant();

    public static Instruction Create(InstructionData data) => Lower(data.Keyword) switch
    {
        "from" => new FromInstruction(data),
        "run" => new RunInstruction(data),
        "cmd" => new CmdInstruction(data),
        "entrypoint" => new EntrypointInstruction(data),
        "shell" => new ShellInstruction(data),
        "copy" => new CopyInstruction(data),
        "add" => new AddInstruction(data),
        "env" => new EnvInstruction(data),
        "arg" => new ArgInstruction(data),
        "label" => new LabelInstruction(data),
        "expose" => new ExposeInstruction(data),
        "user" => new UserInstruction(data),
        "workdir" => new WorkdirInstruction(data),
        "volume" => new VolumeInstruction(data),
        "healthcheck" => new HealthcheckInstruction(data),
        "stopsignal" => new StopSignalInstruction(data),
        "onbuild" => new OnbuildInstruction(data),
        "maintainer" => new MaintainerInstruction(data),
        _ => new UnknownInstruction(data),
    };
}
