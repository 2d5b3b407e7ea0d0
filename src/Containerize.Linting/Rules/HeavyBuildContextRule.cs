using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1205: COPY/ADD of the build context while .dockerignore lets heavy folders through (bin/, obj/, .git/, node_modules/…).</summary>
public sealed class HeavyBuildContextRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.HeavyBuildContext,
        "Build outputs and VCS data copied from the context",
        RuleCategory.LayersAndSize,
        DiagnosticSeverity.Warning,
        "Copying a folder of the context also copies whatever .dockerignore does not exclude: local build outputs, the git history, node_modules. They bloat the layer and change on every build.");

    private static readonly HashSet<string> Heavy = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", ".git", "node_modules", "TestResults", ".vs", ".idea", "artifacts",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        if (context.Manifest is not { } manifest)
        {
            return;
        }

        foreach (var transfer in context.Dockerfile.Instructions.OfType<FileTransferInstruction>())
        {
            if (transfer.From is not null)
            {
                continue;
            }

            foreach (var source in transfer.Sources)
            {
                var path = ShellWords.Unquote(source.Value, transfer.EscapeToken);
                if (path.Contains("://") || path.IndexOfAny(new[] { '*', '?', '$' }) >= 0)
                {
                    continue;
                }

                var heavy = manifest.FoldersNamed(path, Heavy).Where(f => f.Bytes > 0).OrderByDescending(f => f.Bytes).ToList();
                if (heavy.Count == 0)
                {
                    continue;
                }

                var total = manifest.BytesUnder(path) ?? heavy.Sum(h => h.Bytes);
                var parts = string.Join(", ", heavy.Take(4).Select(h => $"{h.Path}/ {ByteSize.Format(h.Bytes)}"));
                var ignore = string.Join(", ", heavy.Select(h => "**/" + h.Path.Substring(h.Path.LastIndexOf('/') + 1)).Distinct().Take(4));
                context.Report(Rule, source.Span, $"{transfer.Keyword.ToUpperInvariant()} {source.Value} adds {ByteSize.Format(total)} of the build context, including {parts}. Exclude them in .dockerignore ({ignore}).");
            }
        }
    }
}
