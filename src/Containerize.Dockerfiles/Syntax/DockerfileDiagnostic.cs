using Containerize.Diagnostics;

namespace Containerize.Dockerfiles;

/// <summary>
/// The one diagnostic type for a place in a Dockerfile: a syntax problem (<c>CTZ0nnn</c>) or a rule finding
/// (<c>CTZ1nnn</c>). Its code, title and message format come from <see cref="DiagnosticCatalog"/>; the arguments
/// quote the offending values.
/// </summary>
public sealed class DockerfileDiagnostic
{
    public DockerfileDiagnostic(DiagnosticDefinition definition, DiagnosticSeverity severity, TextSpan span, SourceRange range, string? check, params object?[] arguments)
    {
        Definition = definition;
        Severity = severity;
        Span = span;
        Range = range;
        Check = check;
        Arguments = arguments ?? Array.Empty<object?>();
        Message = definition.Format(arguments ?? Array.Empty<object?>());
    }

    public DiagnosticDefinition Definition { get; }

    public string Id => Definition.Id;

    /// <summary>Kept for callers written against rule findings.</summary>
    public string RuleId => Definition.Id;

    public DiagnosticSeverity Severity { get; }

    /// <summary>The arguments of <see cref="DiagnosticDefinition.MessageFormat"/> (Roslyn's message arguments).</summary>
    public IReadOnlyList<object?> Arguments { get; }

    public string Message { get; }

    public TextSpan Span { get; }

    public SourceRange Range { get; }

    /// <summary>The upstream code of the specific check that fired, when there is one (hadolint <c>DL3009</c>, BuildKit <c>UndefinedVar</c>).</summary>
    public string? Check { get; }

    /// <summary>The same diagnostic at another severity (a directive such as <c># check=error=true</c> raised it).</summary>
    public DockerfileDiagnostic WithSeverity(DiagnosticSeverity severity) =>
        severity == Severity ? this : new DockerfileDiagnostic(Definition, severity, Span, Range, Check, (object?[])Arguments);

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
