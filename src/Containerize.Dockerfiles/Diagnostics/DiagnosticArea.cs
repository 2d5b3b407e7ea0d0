namespace Containerize.Diagnostics;

/// <summary>Which part of the product emits a code; the thousands digit of its ID.</summary>
public enum DiagnosticArea
{
    /// <summary>0xxx: Dockerfile syntax and in-file directives.</summary>
    Syntax,

    /// <summary>1xxx: Dockerfile rules (one page each under docs/rules).</summary>
    Rule,

    /// <summary>2xxx: project and property input.</summary>
    ProjectInput,

    /// <summary>3xxx: engine, registry and build.</summary>
    Engine,

    /// <summary>4xxx: findings on the built image.</summary>
    Image,
}
