namespace Containerize.Dockerfiles;

/// <summary>Start and end (exclusive) of a piece of a Dockerfile, as lines and columns.</summary>
public readonly struct SourceRange : IEquatable<SourceRange>
{
    public SourceRange(SourcePosition start, SourcePosition end)
    {
        Start = start;
        End = end;
    }

    public SourcePosition Start { get; }

    public SourcePosition End { get; }

    public bool Equals(SourceRange other) => Start.Equals(other.Start) && End.Equals(other.End);

    public override bool Equals(object? obj) => obj is SourceRange other && Equals(other);

    public override int GetHashCode() => (Start.GetHashCode() * 397) ^ End.GetHashCode();

    public override string ToString() => $"{Start}-{End}";
}
