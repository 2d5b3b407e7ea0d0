namespace Containerize.Dockerfiles;

/// <summary><c>COPY [--from] [--chown] [--chmod] [--link] [--parents] [--exclude] src… dest</c>.</summary>
public sealed class CopyInstruction : FileTransferInstruction
{
    internal CopyInstruction(InstructionData data)
        : base(data)
    {
    }

    public override InstructionKind Kind => InstructionKind.Copy;
}
