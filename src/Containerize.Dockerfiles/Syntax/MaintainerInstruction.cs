namespace Containerize.Dockerfiles;

/// <summary><c>MAINTAINER value</c>.</summary>
public sealed class MaintainerInstruction : SingleValueInstruction
{
    internal MaintainerInstruction(InstructionData data)
        : base(data)
    {
    }

    public override InstructionKind Kind => InstructionKind.Maintainer;
}
