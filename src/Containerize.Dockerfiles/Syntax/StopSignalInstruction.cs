namespace Containerize.Dockerfiles;

/// <summary><c>STOPSIGNAL value</c>.</summary>
public sealed class StopSignalInstruction : SingleValueInstruction
{
    internal StopSignalInstruction(InstructionData data)
        : base(data)
    {
    }

    public override InstructionKind Kind => InstructionKind.StopSignal;
}
