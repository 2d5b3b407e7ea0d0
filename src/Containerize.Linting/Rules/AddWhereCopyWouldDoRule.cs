using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1206: ADD of plain local files (COPY is explicit), or of a remote URL (the download stays in its own layer).</summary>
public sealed class AddWhereCopyWouldDoRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.AddWhereCopyWouldDo,
        "ADD has hidden behaviour (URL download, archive extraction). For local files COPY says what happens; a downloaded archive ADDed and then extracted is stored twice.",
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
                if (value.Contains("://") || value.StartsWith("git@", StringComparison.Ordinal))
                {
                    if (add.Checksum is null && add.Sources.Count > 0)
                    {
                        context.Raise(Rule, source.Span, value, "downloads it into a layer of its own; extracting it later stores it twice. Download, extract and delete in one RUN (curl … | tar -x), or at least pin it with ADD --checksum");
                    }

                    continue;
                }

                if (!IsArchive(value))
                {
                    context.RaiseCheck(Rule, source.Span, "DL3020", value, "only copies the local file: use COPY, which does exactly that (ADD would also extract archives and fetch URLs)");
                }
            }
        }
    }

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
