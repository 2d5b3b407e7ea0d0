namespace Containerize.Dockerfiles;

/// <summary><c>LABEL key=value …</c> (or the legacy <c>LABEL key value</c>).</summary>
public sealed class LabelInstruction : KeyValueInstruction
{
    internal LabelInstruction(InstructionData data)
        : base(data)
    {
    }

    public override InstructionKind Kind => InstructionKind.Label;
}
