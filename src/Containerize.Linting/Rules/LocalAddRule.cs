using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1507: ADD of a plain local file or folder, where COPY says what happens (hadolint DL3020). Style: info.</summary>
public sealed class LocalAddRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.LocalAdd,
        "ADD has hidden behaviours (it fetches URLs and extracts local archives); for plain files COPY says exactly what happens.",
        "DL3020");

    private static readonly string[] Archives = { ".tar", ".gz", ".tgz", ".bz2", ".tbz", ".tbz2", ".xz", ".txz", ".zst", ".lz", ".lzma", ".tb2", ".taz", ".tlz" };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var instruction in context.Dockerfile.Instructions)
        {
            if (instruction is not AddInstruction add || add.Heredocs.Count > 0)
            {
                continue;
            }

            foreach (var source in add.Sources)
            {
                var value = ShellWords.Unquote(source.Value, add.EscapeToken);
                if (!IsRemote(value) && !IsArchive(value))
                {
                    context.RaiseCheck(Rule, source.Span, "DL3020", value);
                }
            }
        }
    }

    internal static bool IsRemote(string value) => value.Contains("://") || value.StartsWith("git@", StringComparison.Ordinal);

    private static bool IsArchive(string path)
    {
        foreach (var extension in Archives)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
