namespace Containerize.Dockerfiles;

/// <summary>What the parser knows of one instruction before it is typed.</summary>
internal sealed class InstructionData
{
    public LineMap LineMap { get; init; } = null!;

    public string Keyword { get; init; } = string.Empty;

    public TextSpan KeywordSpan { get; init; }

    public IReadOnlyList<InstructionFlag> Flags { get; init; } = Array.Empty<InstructionFlag>();

    public string ArgumentText { get; init; } = string.Empty;

    public TextSpan ArgumentSpan { get; init; }

    public IReadOnlyList<SyntaxToken> Arguments { get; init; } = Array.Empty<SyntaxToken>();

    public bool IsJsonForm { get; init; }

    public Instruction? Nested { get; init; }

    public IReadOnlyList<Heredoc> Heredocs { get; set; } = Array.Empty<Heredoc>();

    public TextSpan Span { get; set; }

    public int StartLine { get; set; }

    public int EndLine { get; set; }

    public char EscapeToken { get; init; } = '\\';
}
