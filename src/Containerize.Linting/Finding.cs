using Containerize.Dockerfiles;

namespace Containerize.Linting;

/// <summary>One problem a rule found, with the exact place and a message that quotes the value and says what to do.</summary>
public sealed class Finding
{
    public Finding(RuleDescriptor rule, DiagnosticSeverity severity, string message, TextSpan span, SourceRange range, string? check)
    {
        Rule = rule;
        Severity = severity;
        Message = message;
        Span = span;
        Range = range;
        Check = check;
    }

    public RuleDescriptor Rule { get; }

    public string RuleId => Rule.Id;

    public DiagnosticSeverity Severity { get; }

    public string Message { get; }

    public TextSpan Span { get; }

    public SourceRange Range { get; }

    /// <summary>The hadolint code of the specific check that fired, when the rule has one (<c>DL3009</c>).</summary>
    public string? Check { get; }

    public string Format(string file)
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{file}({Range.Start.Line},{Range.Start.Column}): {severity} {RuleId}: {Message}";
    }

    public override string ToString() => Format("Dockerfile");
}
