namespace Containerize.Dockerfiles;

/// <summary>Turns character offsets of one text into line/column positions.</summary>
public sealed class LineMap
{
    private int[]? _lineStarts;

    public LineMap(string text)
    {
        Text = text ?? string.Empty;
    }

    // Built on first use: most parses never ask for a position (nothing to report).
    private int[] LineStarts
    {
        get
        {
            if (_lineStarts is null)
            {
                var count = 1;
                foreach (var c in Text)
                {
                    count += c == '\n' ? 1 : 0;
                }

                var starts = new int[count];
                var line = 1;
                for (var i = Text.IndexOf('\n'); i >= 0; i = Text.IndexOf('\n', i + 1))
                {
                    starts[line++] = i + 1;
                }

                _lineStarts = starts;
            }

            return _lineStarts;
        }
    }

    public string Text { get; }

    /// <summary>Number of lines; a final line break does not start a new counted line of content but is counted.</summary>
    public int LineCount => LineStarts.Length;

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

        var lineStarts = LineStarts;
        var index = Array.BinarySearch(lineStarts, offset);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return new SourcePosition(index + 1, offset - lineStarts[index] + 1);
    }

    public SourceRange GetRange(TextSpan span) => new(GetPosition(span.Start), GetPosition(span.End));

    /// <summary>Offset of the first character of a 1-based line.</summary>
    public int GetLineStart(int line) => LineStarts[Math.Max(0, Math.Min(line - 1, LineStarts.Length - 1))];
}
