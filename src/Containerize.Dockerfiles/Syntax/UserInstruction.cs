namespace Containerize.Dockerfiles;

/// <summary><c>USER value</c>.</summary>
public sealed class UserInstruction : SingleValueInstruction
{
    internal UserInstruction(InstructionData data)
        : base(data)
    {
    }

    public override InstructionKind Kind => InstructionKind.User;
}
