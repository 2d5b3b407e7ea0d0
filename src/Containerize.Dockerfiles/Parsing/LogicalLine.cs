namespace Containerize.Dockerfiles.Parsing;

/// <summary>
/// One instruction's text with its continuation lines joined (BuildKit's "line"), and a map from each
/// character of that joined text back to its offset in the file.
/// </summary>
internal sealed class LogicalLine
{
    private readonly ValueList<Segment> _segments = new();
    private readonly System.Text.StringBuilder _text = new();

    public string Text { get; private set; } = string.Empty;

    public int Length => _text.Length;

    public void Clear()
    {
        _segments.Clear();
        _text.Clear();
        Text = string.Empty;
    }

    public void Append(string source, int sourceStart, int length)
    {
        if (length <= 0)
        {
            return;
        }

        _segments.Add(new Segment(_text.Length, sourceStart, length));
        _text.Append(source, sourceStart, length);
    }

    public void Seal() => Text = _text.ToString();

    /// <summary>File offset of joined position <paramref name="index"/> (the end position maps after the last character).</summary>
    public int ToSource(int index)
    {
        if (_segments.Count == 0)
        {
            return 0;
        }

        for (var i = _segments.Count - 1; i >= 0; i--)
        {
            var segment = _segments[i];
            if (index >= segment.JoinedStart)
            {
                return segment.SourceStart + Math.Min(index - segment.JoinedStart, segment.Length);
            }
        }

        return _segments[0].SourceStart;
    }

    /// <summary>File span of the joined range [start, end).</summary>
    public TextSpan ToSourceSpan(int start, int end)
    {
        if (end <= start)
        {
            var at = ToSource(start);
            return new TextSpan(at, 0);
        }

        var s = ToSource(start);
        var e = ToSource(end - 1) + 1;
        return TextSpan.FromBounds(s, Math.Max(s, e));
    }

    private readonly struct Segment
    {
        public Segment(int joinedStart, int sourceStart, int length)
        {
            JoinedStart = joinedStart;
            SourceStart = sourceStart;
            Length = length;
        }

        public int JoinedStart { get; }

        public int SourceStart { get; }

        public int Length { get; }
    }
}
