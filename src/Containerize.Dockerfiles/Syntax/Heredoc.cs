namespace Containerize.Dockerfiles;

/// <summary>A here-document attached to RUN, COPY or ADD: <c>&lt;&lt;EOF</c> … <c>EOF</c>.</summary>
public sealed class Heredoc
{
    public Heredoc(string name, int fileDescriptor, bool expand, bool chomp, string content, TextSpan contentSpan = default)
    {
        Name = name;
        FileDescriptor = fileDescriptor;
        Expand = expand;
        Chomp = chomp;
        Content = content;
        ContentSpan = contentSpan;
    }

    /// <summary>The terminator word, quotes removed.</summary>
    public string Name { get; }

    /// <summary>The file descriptor written before <c>&lt;&lt;</c> (<c>3&lt;&lt;EOF</c>), 0 when none.</summary>
    public int FileDescriptor { get; }

    /// <summary>False when any part of the word was quoted: variables in the body are not expanded.</summary>
    public bool Expand { get; }

    /// <summary>True for <c>&lt;&lt;-</c>: leading tabs are removed from body lines when used.</summary>
    public bool Chomp { get; }

    /// <summary>The body with its line endings, as written (tabs are not removed here).</summary>
    public string Content { get; }

    /// <summary>Where the body stands in the file (empty for heredocs made for writing).</summary>
    public TextSpan ContentSpan { get; }
}
