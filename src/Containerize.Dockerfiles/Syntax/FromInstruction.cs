namespace Containerize.Dockerfiles;

/// <summary><c>FROM [--platform=…] image [AS name]</c>.</summary>
public sealed class FromInstruction : Instruction
{
    internal FromInstruction(InstructionData data)
        : base(data)
    {
        ImageToken = Arguments.Count > 0 ? Arguments[0] : null;
        if (Arguments.Count >= 3 && string.Equals(Arguments[1].Value, "AS", StringComparison.OrdinalIgnoreCase))
        {
            StageNameToken = Arguments[2];
        }
    }

    public override InstructionKind Kind => InstructionKind.From;

    public SyntaxToken? ImageToken { get; }

    /// <summary>The image reference as written (variables not substituted).</summary>
    public string Image => ImageToken?.Value ?? string.Empty;

    public SyntaxToken? StageNameToken { get; }

    /// <summary>The stage name after <c>AS</c>, as written; compare case-insensitively.</summary>
    public string? StageName => StageNameToken?.Value;

    public string? Platform => GetFlag("platform")?.Value;
}
