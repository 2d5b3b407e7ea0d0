namespace Containerize.Linting;

/// <summary>One of BuildKit's build checks (<c>docker build --check</c>) and the rule, and check codes, that cover it here.</summary>
public sealed class BuildKitCheck
{
    internal BuildKitCheck(string name, string ruleId, bool experimental, params string[] checks)
    {
        Name = name;
        RuleId = ruleId;
        IsExperimental = experimental;
        Checks = checks;
    }

    /// <summary>BuildKit's name, as written in <c># check=skip=…</c>.</summary>
    public string Name { get; }

    /// <summary>Our rule (or syntax code) that reports it.</summary>
    public string RuleId { get; }

    /// <summary>The finding's <see cref="Dockerfiles.DockerfileDiagnostic.Check"/> values that are this check; any finding of the rule when empty.</summary>
    public IReadOnlyList<string> Checks { get; }

    /// <summary>BuildKit runs it only when <c># check=experimental=…</c> names it; so do we.</summary>
    public bool IsExperimental { get; }

    public bool Covers(Dockerfiles.DockerfileDiagnostic finding)
    {
        if (!string.Equals(finding.Id, RuleId, StringComparison.Ordinal))
        {
            return false;
        }

        if (Checks.Count == 0)
        {
            return true;
        }

        foreach (var check in Checks)
        {
            if (string.Equals(check, finding.Check, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
