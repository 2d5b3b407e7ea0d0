using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1230: COPY or ADD of a path .dockerignore excludes (BuildKit's CopyIgnoredFile), read from the context manifest.</summary>
public sealed class CopyIgnoredFileRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.CopyIgnoredFile,
        ".dockerignore decides what the build can see. A COPY of an excluded path fails with 'not found' when nothing else matches, or silently copies less when it names a folder.");

    private static readonly char[] NotAPath = { '*', '?', '[', '$' };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        if (context.Manifest is not { } manifest || manifest.IgnorePatterns.Count == 0)
        {
            return;
        }

        foreach (var instruction in context.Dockerfile.Instructions)
        {
            if (instruction is not FileTransferInstruction { From: null } transfer || transfer.Heredocs.Count > 0)
            {
                continue;
            }

            foreach (var source in transfer.Sources)
            {
                var path = ShellWords.Unquote(source.Value, transfer.EscapeToken);
                if (path.Contains("://") || path.StartsWith("git@", StringComparison.Ordinal) || path.IndexOfAny(NotAPath) >= 0)
                {
                    continue;
                }

                if (manifest.IsIgnored(path))
                {
                    context.Raise(Rule, source.Span, transfer.Keyword.ToUpperInvariant(), path);
                }
            }
        }
    }
}
