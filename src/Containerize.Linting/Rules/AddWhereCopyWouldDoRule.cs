using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1206: ADD of a remote URL without --checksum: the download stays in its own layer, and is stored twice once extracted.</summary>
public sealed class AddWhereCopyWouldDoRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.AddWhereCopyWouldDo,
        "A downloaded archive ADDed and then extracted in a RUN is stored twice, once per layer, and an unpinned download can change under the same Dockerfile.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var instruction in context.Dockerfile.Instructions)
        {
            if (instruction is not AddInstruction add || add.Heredocs.Count > 0 || add.Checksum is not null)
            {
                continue;
            }

            foreach (var source in add.Sources)
            {
                var value = ShellWords.Unquote(source.Value, add.EscapeToken);
                if (LocalAddRule.IsRemote(value))
                {
                    context.Raise(Rule, source.Span, value);
                }
            }
        }
    }
}
