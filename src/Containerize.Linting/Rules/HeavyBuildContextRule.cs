using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1205: COPY/ADD of the build context while .dockerignore lets heavy folders through (bin/, obj/, .git/, node_modules/…).</summary>
public sealed class HeavyBuildContextRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.HeavyBuildContext,
        "Copying a folder of the context also copies whatever .dockerignore does not exclude: local build outputs, the git history, node_modules. They bloat the layer and change on every build.");

    private const int Named = 4;

    private static readonly HashSet<string> Heavy = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "obj", ".git", "node_modules", "TestResults", ".vs", ".idea", "artifacts",
    };

    private static readonly char[] NotAPath = { '*', '?', '$' };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        if (context.Manifest is not { } manifest)
        {
            return;
        }

        foreach (var instruction in context.Dockerfile.Instructions)
        {
            if (instruction is not FileTransferInstruction { From: null } transfer)
            {
                continue;
            }

            foreach (var source in transfer.Sources)
            {
                var path = ShellWords.Unquote(source.Value, transfer.EscapeToken);
                if (path.Contains("://") || path.IndexOfAny(NotAPath) >= 0)
                {
                    continue;
                }

                var heavy = new List<ContextFolder>();
                foreach (var folder in manifest.FoldersNamed(path, Heavy))
                {
                    if (folder.Bytes > 0)
                    {
                        heavy.Add(folder);
                    }
                }

                if (heavy.Count > 0)
                {
                    heavy.Sort(static (a, b) => b.Bytes.CompareTo(a.Bytes));
                    Report(context, transfer, source, manifest.BytesUnder(path) ?? SumOf(heavy), heavy);
                }
            }
        }
    }

    private static void Report(LintContext context, FileTransferInstruction transfer, SyntaxToken source, long total, List<ContextFolder> heavy)
    {
        var parts = new List<string>();
        var patterns = new List<string>();
        foreach (var folder in heavy)
        {
            if (parts.Count < Named)
            {
                parts.Add(folder.Path + "/ " + ByteSize.Format(folder.Bytes));
            }

            var pattern = "**/" + folder.Name;
            if (patterns.Count < Named && !patterns.Contains(pattern))
            {
                patterns.Add(pattern);
            }
        }

        context.Raise(Rule, source.Span, transfer.Keyword.ToUpperInvariant(), source.Value, ByteSize.Format(total), string.Join(", ", parts), string.Join(", ", patterns));
    }

    private static long SumOf(List<ContextFolder> folders)
    {
        long sum = 0;
        foreach (var folder in folders)
        {
            sum += folder.Bytes;
        }

        return sum;
    }
}
