namespace Containerize.Dockerfiles;

/// <summary><c>ENTRYPOINT …</c> in shell or exec form.</summary>
public sealed class EntrypointInstruction : CommandInstruction
{
    internal EntrypointInstruction(InstructionData data)
        : base(data)
    {
    }

    public override InstructionKind Kind => InstructionKind.Entrypoint;
}
