namespace Containerize.Dockerfiles;

/// <summary>Something that stands in a Dockerfile: an instruction, a comment or a blank line.</summary>
public abstract class DockerfileElement
{
    private protected DockerfileElement(LineMap lineMap, TextSpan span)
    {
        LineMap = lineMap;
        Span = span;
    }

    /// <summary>The text this element's positions refer to.</summary>
    public LineMap LineMap { get; }

    public TextSpan Span { get; }

    public SourceRange Range => LineMap.GetRange(Span);

    /// <summary>1-based line of the first character.</summary>
    public int StartLine => Range.Start.Line;
}
