namespace Containerize.Dockerfiles;

/// <summary><c>EXPOSE port[/protocol] …</c>.</summary>
public sealed class ExposeInstruction : Instruction
{
    internal ExposeInstruction(InstructionData data)
        : base(data)
    {
    }

    public override InstructionKind Kind => InstructionKind.Expose;

    public IReadOnlyList<SyntaxToken> Ports => Arguments;
}
