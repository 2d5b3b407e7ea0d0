namespace Containerize.Dockerfiles;

/// <summary><c>VOLUME path …</c> or <c>VOLUME ["path", …]</c>.</summary>
public sealed class VolumeInstruction : Instruction
{
    internal VolumeInstruction(InstructionData data)
        : base(data)
    {
    }

    public override InstructionKind Kind => InstructionKind.Volume;

    public IReadOnlyList<SyntaxToken> Paths => Arguments;
}
