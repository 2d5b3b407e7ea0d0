namespace Containerize.Dockerfiles;

/// <summary>A parser directive at the top of the file: <c># syntax=…</c>, <c># escape=…</c> or <c># check=…</c>.</summary>
public sealed class ParserDirective
{
    public ParserDirective(string name, string value, int line)
    {
        Name = name;
        Value = value;
        Line = line;
    }

    /// <summary>Lower-cased name.</summary>
    public string Name { get; }

    public string Value { get; }

    /// <summary>1-based line, 0 for directives made for writing.</summary>
    public int Line { get; }
}
