namespace Containerize.Dockerfiles;

public enum InstructionKind
{
    Unknown,
    From,
    Run,
    Cmd,
    Entrypoint,
    Shell,
    Copy,
    Add,
    Env,
    Arg,
    Label,
    Expose,
    User,
    Workdir,
    Volume,
    Healthcheck,
    StopSignal,
    Onbuild,
    Maintainer,
}
