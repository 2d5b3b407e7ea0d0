namespace Containerize.Dockerfiles;

/// <summary>USER, WORKDIR, STOPSIGNAL, MAINTAINER: the whole argument text is one value.</summary>
public abstract class SingleValueInstruction : Instruction
{
    private protected SingleValueInstruction(InstructionData data)
        : base(data)
    {
    }

    public SyntaxToken? ValueToken => Arguments.Count > 0 ? Arguments[0] : null;

    public string Value => ValueToken?.Value ?? string.Empty;
}
