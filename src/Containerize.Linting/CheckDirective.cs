using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting;

/// <summary>
/// BuildKit's <c># check=skip=A,B;error=true;experimental=C</c> parser directive, honoured for the checks BuildKit has
/// (<see cref="BuildKitChecks"/>): <c>skip</c> drops them (<c>skip=all</c>: all of them), <c>error=true</c> raises them to
/// errors, <c>experimental</c> turns on the experimental ones. Our other rules are not BuildKit's and are not affected.
/// </summary>
public sealed class CheckDirective
{
    private readonly HashSet<string> _skipped = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _experimental = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<DockerfileDiagnostic> _problems = new();

    private CheckDirective()
    {
    }

    public static CheckDirective None { get; } = new();

    public bool SkipsAll { get; private set; }

    public bool RaisesToError { get; private set; }

    public bool AllExperimental { get; private set; }

    /// <summary>Parts of the directive that cannot be read (CTZ0015).</summary>
    public IReadOnlyList<DockerfileDiagnostic> Problems => _problems;

    /// <summary>Skipped by name or by <c>skip=all</c>; as in BuildKit, naming a check in <c>experimental=</c> wins over skipping it.</summary>
    public bool Skips(BuildKitCheck check) => (SkipsAll || _skipped.Contains(check.Name)) && !_experimental.Contains(check.Name);

    /// <summary>Whether an experimental check runs; non-experimental checks always do.</summary>
    public bool Enables(BuildKitCheck check) => !check.IsExperimental || AllExperimental || _experimental.Contains(check.Name);

    public static CheckDirective Read(Dockerfile dockerfile)
    {
        ParserDirective? found = null;
        foreach (var directive in dockerfile.Directives)
        {
            if (directive.Name == "check")
            {
                found = directive;
            }
        }

        if (found is null)
        {
            return None;
        }

        var result = new CheckDirective();
        var span = LineSpan(dockerfile, found.Line);
        foreach (var part in found.Value.Split(';'))
        {
            var item = part.Trim();
            if (item.Length == 0)
            {
                continue;
            }

            var equals = item.IndexOf('=');
            var key = (equals < 0 ? item : item.Substring(0, equals)).Trim().ToLowerInvariant();
            var value = equals < 0 ? string.Empty : item.Substring(equals + 1).Trim();
            switch (key)
            {
                case "skip":
                    result.SkipsAll |= result.ReadNames(value, result._skipped, dockerfile, span);
                    break;
                case "experimental":
                    result.AllExperimental |= result.ReadNames(value, result._experimental, dockerfile, span);
                    break;
                case "error":
                    if (bool.TryParse(value, out var raise))
                    {
                        result.RaisesToError = raise;
                    }
                    else
                    {
                        result.Problem(dockerfile, span, item, "error takes true or false");
                    }

                    break;
                default:
                    result.Problem(dockerfile, span, item, "BuildKit's check directive takes skip=, error= and experimental=");
                    break;
            }
        }

        return result;
    }

    /// <summary>Adds the check names of a list to <paramref name="into"/>; true when the list says 'all'.</summary>
    private bool ReadNames(string value, HashSet<string> into, Dockerfile dockerfile, TextSpan span)
    {
        var all = false;
        foreach (var raw in value.Split(','))
        {
            var name = raw.Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (string.Equals(name, "all", StringComparison.OrdinalIgnoreCase))
            {
                all = true;
            }
            else if (BuildKitChecks.Find(name) is { } check)
            {
                into.Add(check.Name);
            }
            else
            {
                Problem(dockerfile, span, name, "it is not one of BuildKit's check names (StageNameCasing, UndefinedVar, …); check the spelling");
            }
        }

        return all;
    }

    private void Problem(Dockerfile dockerfile, TextSpan span, string part, string why) =>
        _problems.Add(new DockerfileDiagnostic(DiagnosticCatalog.InvalidCheckDirective, DiagnosticCatalog.InvalidCheckDirective.DefaultSeverity, span, dockerfile.LineMap.GetRange(span), null, part, why));

    private static TextSpan LineSpan(Dockerfile dockerfile, int line)
    {
        var start = dockerfile.LineMap.GetLineStart(line);
        var end = dockerfile.Text.IndexOf('\n', start);
        return TextSpan.FromBounds(start, end < 0 ? dockerfile.Text.Length : end);
    }
}
