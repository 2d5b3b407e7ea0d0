namespace Containerize.Dockerfiles;

/// <summary><c>CMD …</c> in shell or exec form.</summary>
public sealed class CmdInstruction : CommandInstruction
{
    internal CmdInstruction(InstructionData data)
        : base(data)
    {
    }

    public override InstructionKind Kind => InstructionKind.Cmd;
}
