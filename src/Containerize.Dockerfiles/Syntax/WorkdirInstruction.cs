namespace Containerize.Dockerfiles;

/// <summary><c>WORKDIR value</c>.</summary>
public sealed class WorkdirInstruction : SingleValueInstruction
{
    internal WorkdirInstruction(InstructionData data)
        : base(data)
    {
    }

    public override InstructionKind Kind => InstructionKind.Workdir;
}
