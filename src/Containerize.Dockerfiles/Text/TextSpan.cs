namespace Containerize.Dockerfiles;

/// <summary>A range of characters in a Dockerfile's text: <see cref="Start"/> is a 0-based offset, <see cref="End"/> is exclusive.</summary>
public readonly struct TextSpan : IEquatable<TextSpan>
{
    public TextSpan(int start, int length)
    {
        Start = start;
        Length = length;
    }

    public int Start { get; }

    public int Length { get; }

    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Equals(TextSpan other) => Start == other.Start && Length == other.Length;

    public override bool Equals(object? obj) => obj is TextSpan other && Equals(other);

    public override int GetHashCode() => (Start * 397) ^ Length;

    public override string ToString() => $"[{Start}..{End})";
}
