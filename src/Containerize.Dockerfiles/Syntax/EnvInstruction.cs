namespace Containerize.Dockerfiles;

/// <summary><c>ENV key=value …</c> (or the legacy <c>ENV key value</c>).</summary>
public sealed class EnvInstruction : KeyValueInstruction
{
    internal EnvInstruction(InstructionData data)
        : base(data)
    {
    }

    public override InstructionKind Kind => InstructionKind.Env;
}
