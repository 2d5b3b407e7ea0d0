namespace Containerize.Dockerfiles;

/// <summary>One argument of an instruction as BuildKit's parser produces it, with where it came from.</summary>
public sealed class SyntaxToken
{
    private readonly LineMap _lineMap;

    internal SyntaxToken(string value, TextSpan span, LineMap lineMap)
    {
        Value = value;
        Span = span;
        _lineMap = lineMap;
    }

    public string Value { get; }

    public TextSpan Span { get; }

    public SourceRange Range => _lineMap.GetRange(Span);

    public override string ToString() => Value;
}
