namespace Containerize.Dockerfiles;

/// <summary>Turns character offsets of one text into line/column positions.</summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;

    public LineMap(string text)
    {
        Text = text ?? string.Empty;
        var starts = new List<int> { 0 };
        for (var i = 0; i < Text.Length; i++)
        {
            if (Text[i] == '\n')
            {
                starts.Add(i + 1);
            }
        }

        _lineStarts = starts.ToArray();
    }

    public string Text { get; }

    /// <summary>Number of lines; a final line break does not start a new counted line of content but is counted.</summary>
    public int LineCount => _lineStarts.Length;

    public SourcePosition GetPosition(int offset)
    {
        if (offset < 0)
        {
            offset = 0;
        }
        else if (offset > Text.Length)
        {
            offset = Text.Length;
        }

        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return new SourcePosition(index + 1, offset - _lineStarts[index] + 1);
    }

    public SourceRange GetRange(TextSpan span) => new(GetPosition(span.Start), GetPosition(span.End));

    /// <summary>Offset of the first character of a 1-based line.</summary>
    public int GetLineStart(int line) => _lineStarts[Math.Max(0, Math.Min(line - 1, _lineStarts.Length - 1))];
}
