namespace Containerize.Dockerfiles;

/// <summary>A 1-based line and 1-based column (in UTF-16 characters) in a Dockerfile.</summary>
public readonly struct SourcePosition : IEquatable<SourcePosition>
{
    public SourcePosition(int line, int column)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }

    public bool Equals(SourcePosition other) => Line == other.Line && Column == other.Column;

    public override bool Equals(object? obj) => obj is SourcePosition other && Equals(other);

    public override int GetHashCode() => (Line * 397) ^ Column;

    public override string ToString() => $"({Line},{Column})";
}
