namespace Containerize.Dockerfiles;

public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
