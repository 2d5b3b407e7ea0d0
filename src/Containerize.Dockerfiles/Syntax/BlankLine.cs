namespace Containerize.Dockerfiles;

/// <summary>An empty line, kept only in documents built for writing (the parser does not record them).</summary>
public sealed class BlankLine : DockerfileElement
{
    private static readonly LineMap Empty = new(string.Empty);

    private BlankLine()
        : base(Empty, default)
    {
    }

    public static BlankLine Instance { get; } = new();
}
