namespace Containerize.Dockerfiles.Parsing;

/// <summary>A word (or flag) read from an instruction line: its text and where it was, [Start, End) in that line.</summary>
internal readonly struct RawWord
{
    public RawWord(string text, int start, int end)
    {
        Text = text;
        Start = start;
        End = end;
    }

    public string Text { get; }

    public int Start { get; }

    public int End { get; }

    public void Deconstruct(out string text, out int start, out int end)
    {
        text = Text;
        start = Start;
        end = End;
    }
}
