using Containerize.Dockerfiles;

namespace Containerize.Linting;

public sealed class LintOptions
{
    public ProjectFacts Project { get; set; } = ProjectFacts.None;

    public ContextManifest? Manifest { get; set; }

    /// <summary>Per-rule severity overrides; rules set to <c>null</c>-equivalent are skipped by the caller.</summary>
    public IReadOnlyDictionary<string, DiagnosticSeverity>? Severities { get; set; }

    /// <summary>The date rules compare with (end of support of .NET versions); today (UTC) when null.</summary>
    public DateTime? Today { get; set; }

    /// <summary>Rules to run; all of the catalog when null.</summary>
    public IReadOnlyCollection<string>? Only { get; set; }
}
