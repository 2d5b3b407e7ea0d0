namespace Containerize.Dockerfiles;

/// <summary><c>ADD [--checksum] [--keep-git-dir] [--chown] [--chmod] [--link] … src… dest</c>; sources may be URLs or archives.</summary>
public sealed class AddInstruction : FileTransferInstruction
{
    internal AddInstruction(InstructionData data)
        : base(data)
    {
    }

    public override InstructionKind Kind => InstructionKind.Add;

    public string? Checksum => GetFlag("checksum")?.Value;

    public bool KeepGitDir => IsTrue(GetFlag("keep-git-dir"));
}
