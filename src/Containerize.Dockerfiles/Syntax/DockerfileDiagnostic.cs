namespace Containerize.Dockerfiles;

/// <summary>A coded finding about a Dockerfile's syntax (<c>CTZ0nnn</c>), with the place it applies to.</summary>
public sealed class DockerfileDiagnostic
{
    public DockerfileDiagnostic(string id, DiagnosticSeverity severity, string message, TextSpan span, SourceRange range)
    {
        Id = id;
        Severity = severity;
        Message = message;
        Span = span;
        Range = range;
    }

    public string Id { get; }

    public DiagnosticSeverity Severity { get; }

    public string Message { get; }

    public TextSpan Span { get; }

    public SourceRange Range { get; }

    /// <summary>The MSBuild/compiler style: <c>Dockerfile(3,5): error CTZ0003: …</c>.</summary>
    public string Format(string file)
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{file}({Range.Start.Line},{Range.Start.Column}): {severity} {Id}: {Message}";
    }

    public override string ToString() => Format("Dockerfile");
}
