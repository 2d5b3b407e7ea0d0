using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting;

/// <summary>
/// In-file suppression, a filtering pass after the rules: <c># containerize ignore=CTZ1201,CTZ1202</c> before an
/// instruction, <c># containerize global ignore=…</c> anywhere, and hadolint's <c># hadolint ignore=DL3009</c>
/// (and <c>global ignore</c>) for rules with a hadolint equivalent.
/// </summary>
internal sealed class Suppressions
{
    private readonly HashSet<string> _global = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<Instruction, HashSet<string>> _local = new();
    private readonly List<DockerfileDiagnostic> _problems = new();

    /// <summary>Comments that look like pragmas but cannot be read (CTZ0013): reported, never silently ignored.</summary>
    public IReadOnlyList<DockerfileDiagnostic> Problems => _problems;

    public static Suppressions Read(Dockerfile dockerfile)
    {
        var result = new Suppressions();
        var pending = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var element in dockerfile.Elements)
        {
            if (element is Comment comment)
            {
                if (comment.Text.IndexOf("ignore", StringComparison.OrdinalIgnoreCase) >= 0)
                {
                    if (TryParse(comment.Text, out var isGlobal, out var codes, out var problem))
                    {
                        (isGlobal ? result._global : pending).UnionWith(codes);
                    }
                    else if (problem is not null)
                    {
                        result._problems.Add(new DockerfileDiagnostic(DiagnosticCatalog.InvalidPragma, DiagnosticCatalog.InvalidPragma.DefaultSeverity, comment.Span, dockerfile.LineMap.GetRange(comment.Span), null, "# " + comment.Text, problem));
                    }
                }

                continue;
            }

            if (element is Instruction instruction && pending.Count > 0)
            {
                result._local[instruction] = pending;
                pending = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            }
        }

        return result;
    }

    public bool IsSuppressed(DockerfileDiagnostic finding, Dockerfile dockerfile)
    {
        if (Matches(_global, finding))
        {
            return true;
        }

        foreach (var pair in _local)
        {
            var span = pair.Key.Span;
            if (finding.Span.Start >= span.Start && finding.Span.Start <= Math.Max(span.Start, span.End) && Matches(pair.Value, finding))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Matches(HashSet<string> codes, DockerfileDiagnostic finding) =>
        codes.Contains(finding.RuleId)
        || (finding.Check is not null && codes.Contains(finding.Check))
        || (finding.Check is null && RuleCatalog.Find(finding.Id) is { } rule && ContainsAny(codes, rule.HadolintEquivalents));

    private static bool ContainsAny(HashSet<string> codes, IReadOnlyList<string> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (codes.Contains(candidate))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly char[] Blanks = { ' ', '\t' };

    private static bool IsRuleCode(string code)
    {
        var prefix = code.StartsWith("CTZ", StringComparison.OrdinalIgnoreCase) ? 3
            : code.StartsWith("DL", StringComparison.OrdinalIgnoreCase) || code.StartsWith("SC", StringComparison.OrdinalIgnoreCase) ? 2 : 0;
        if (prefix == 0 || code.Length != prefix + 4)
        {
            return false;
        }

        for (var i = prefix; i < code.Length; i++)
        {
            if (code[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads <c>containerize [global] ignore=A, B</c> or <c>hadolint [global] ignore = A,B # note</c>.</summary>
    internal static bool TryParse(string comment, out bool isGlobal, out IReadOnlyList<string> codes) => TryParse(comment, out isGlobal, out codes, out _);

    /// <summary>As <see cref="TryParse(string, out bool, out IReadOnlyList{string})"/>; <paramref name="problem"/> says why a comment that names the tool and 'ignore' is not a pragma.</summary>
    internal static bool TryParse(string comment, out bool isGlobal, out IReadOnlyList<string> codes, out string? problem)
    {
        problem = null;
        isGlobal = false;
        codes = Array.Empty<string>();
        var text = comment.Trim();
        string rest;
        if (text.StartsWith("containerize", StringComparison.OrdinalIgnoreCase))
        {
            rest = text.Substring("containerize".Length);
        }
        else if (text.StartsWith("hadolint", StringComparison.OrdinalIgnoreCase))
        {
            rest = text.Substring("hadolint".Length);
        }
        else
        {
            return false;
        }

        rest = rest.TrimStart();
        if (rest.StartsWith("global", StringComparison.OrdinalIgnoreCase))
        {
            isGlobal = true;
            rest = rest.Substring("global".Length).TrimStart();
        }

        if (!rest.StartsWith("ignore", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        rest = rest.Substring("ignore".Length).TrimStart();
        if (!rest.StartsWith("=", StringComparison.Ordinal))
        {
            problem = "write 'ignore=' followed by the codes, e.g. 'ignore=CTZ1201,DL3009'";
            return false;
        }

        rest = rest.Substring(1);
        var hash = rest.IndexOf('#');
        if (hash >= 0)
        {
            rest = rest.Substring(0, hash);
        }

        var found = new List<string>();
        foreach (var item in rest.Split(','))
        {
            // "CTZ1201 because…": the code is the first word.
            var words = item.Trim().Split(Blanks, StringSplitOptions.RemoveEmptyEntries);
            if (words.Length == 0)
            {
                continue;
            }

            // Like hadolint, a pragma with a code that is not a rule code (a typo) is not a pragma at all.
            if (!IsRuleCode(words[0]))
            {
                problem = $"'{words[0]}' is not a rule code (CTZnnnn, DLnnnn or SCnnnn); fix the code, or the whole comment is ignored as hadolint does";
                return false;
            }

            found.Add(words[0]);
        }

        codes = found;
        if (found.Count == 0)
        {
            problem = "it names no code; list the codes to ignore after 'ignore='";
        }

        return found.Count > 0;
    }
}
