namespace Containerize.Dockerfiles;

/// <summary>A comment line; <see cref="Text"/> is what follows <c>#</c>, trimmed.</summary>
public sealed class Comment : DockerfileElement
{
    internal Comment(LineMap lineMap, TextSpan span, string text, bool insideInstruction)
        : base(lineMap, span)
    {
        Text = text;
        IsInsideInstruction = insideInstruction;
    }

    /// <summary>A comment made for writing: <c># text</c>.</summary>
    public static Comment Create(string text)
    {
        var line = "# " + text;
        return new Comment(new LineMap(line), new TextSpan(0, line.Length), text.Trim(), false);
    }

    public string Text { get; }

    /// <summary>True for a comment line between the lines of one continued instruction.</summary>
    public bool IsInsideInstruction { get; }
}
