using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1231: a COPY/ADD source that climbs out of the build context ('../src'): BuildKit clamps it to the context root.</summary>
public sealed class ContextEscapeRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.ContextEscape,
        "The build sees only its context. A '../' source is not an error: it is silently read inside the context, so the build copies another folder than the one the author meant, or fails later.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var instruction in context.Dockerfile.Instructions)
        {
            if (instruction is not FileTransferInstruction { From: null } transfer || transfer.Heredocs.Count > 0)
            {
                continue;
            }

            foreach (var source in transfer.Sources)
            {
                if (source.Value.IndexOf("..", StringComparison.Ordinal) < 0)
                {
                    continue;
                }

                var path = ShellWords.Unquote(source.Value, transfer.EscapeToken).Replace('\\', '/');
                if (path.Contains("://") || path.IndexOf('$') >= 0 || Clamp(path) is not { } inside)
                {
                    continue;
                }

                context.Raise(Rule, source.Span, path, transfer.Keyword.ToUpperInvariant(), inside);
            }
        }
    }

    /// <summary>The path inside the context that an escaping path is read as; null when it does not escape.</summary>
    internal static string? Clamp(string path)
    {
        var depth = 0;
        var escaped = false;
        var kept = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (depth == 0)
                {
                    escaped = true;
                }
                else
                {
                    depth--;
                    kept.RemoveAt(kept.Count - 1);
                }

                continue;
            }

            depth++;
            kept.Add(part);
        }

        return escaped ? (kept.Count == 0 ? "." : string.Join("/", kept)) : null;
    }
}
