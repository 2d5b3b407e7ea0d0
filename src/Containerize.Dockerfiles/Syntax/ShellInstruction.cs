namespace Containerize.Dockerfiles;

/// <summary><c>SHELL …</c> in shell or exec form.</summary>
public sealed class ShellInstruction : CommandInstruction
{
    internal ShellInstruction(InstructionData data)
        : base(data)
    {
    }

    public override InstructionKind Kind => InstructionKind.Shell;
}
