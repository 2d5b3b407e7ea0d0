using Containerize.Dockerfiles.Parsing;

namespace Containerize.Dockerfiles;

/// <summary>A <c>--name=value</c> (or bare <c>--name</c>) flag of an instruction, quotes and escapes removed.</summary>
public sealed class InstructionFlag
{
    private readonly LineMap _lineMap;

    internal InstructionFlag(string text, TextSpan span, LineMap lineMap)
    {
        Text = text;
        Span = span;
        _lineMap = lineMap;
        var decoded = Utf8Bytes.DecodeByteString(text);
        var body = decoded.StartsWith("--", StringComparison.Ordinal) ? decoded.Substring(2) : decoded;
        var eq = body.IndexOf('=');
        Name = eq < 0 ? body : body.Substring(0, eq);
        Value = eq < 0 ? null : body.Substring(eq + 1);
    }

    /// <summary>As BuildKit records it: <c>--from=build</c> (non-ASCII text as BuildKit's byte-wise reading leaves it).</summary>
    public string Text { get; }

    /// <summary>The name without dashes, as written (BuildKit matches flag names exactly).</summary>
    public string Name { get; }

    /// <summary>The value after <c>=</c>; null for a bare flag.</summary>
    public string? Value { get; }

    public TextSpan Span { get; }

    /// <summary>
    /// False in the rare case BuildKit's byte-wise reading split a character (a non-breaking space inside the
    /// flag word): such a flag cannot be printed back as text.
    /// </summary>
    public bool IsPrintable => Utf8Bytes.IsWholeUtf8(Text);

    public SourceRange Range => _lineMap.GetRange(Span);

    public override string ToString() => Text;
}
