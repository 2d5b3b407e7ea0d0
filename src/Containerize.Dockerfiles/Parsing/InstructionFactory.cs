namespace Containerize.Dockerfiles.Parsing;

internal static class InstructionFactory
{
    public static Instruction Create(InstructionData data) => data.Keyword.ToLowerInvariant() switch
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
