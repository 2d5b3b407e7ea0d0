namespace Containerize.Dockerfiles;

/// <summary>An instruction keyword BuildKit does not know; kept so nothing is dropped.</summary>
public sealed class UnknownInstruction : Instruction
{
    internal UnknownInstruction(InstructionData data)
        : base(data)
    {
    }

    public override InstructionKind Kind => InstructionKind.Unknown;
}
