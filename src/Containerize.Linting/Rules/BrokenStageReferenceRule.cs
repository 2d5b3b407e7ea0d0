using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1103: COPY --from naming an unknown, later or the same stage; duplicate stage names; FROM with an undefined ARG.</summary>
public sealed class BrokenStageReferenceRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.BrokenStageReference,
        "Stage names are how multi-stage builds connect; a typo turns a stage reference into an attempt to pull an image of that name.",
        "DL3022",
        "DL3023",
        "DL3024");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        var seen = new Dictionary<string, StageView>(StringComparer.OrdinalIgnoreCase);
        foreach (var stage in context.Stages)
        {
            if (stage.From is null)
            {
                continue;
            }

            if (stage.Name is { } name)
            {
                if (seen.TryGetValue(name, out var first))
                {
                    context.Report(Rule, stage.From!.StageNameToken!.Span, $"Stage name '{name}' is already used by the stage at line {first.From!.StartLine}. Give each stage its own name.", "DL3024");
                }
                else
                {
                    seen[name] = stage;
                }
            }

            if (stage.Graph is { UnresolvedFromArgs.Count: > 0 } graphStage)
            {
                var names = "$" + string.Join(", $", graphStage.UnresolvedFromArgs);
                context.Report(Rule, stage.From!.ImageToken!.Span, $"FROM '{stage.From.Image}' uses {names}, which no ARG before the first FROM declares: it expands to an empty string. Declare it with 'ARG' at the top of the file.");
            }
        }

        var graphIndex = 0;
        foreach (var stage in context.Stages)
        {
            var position = stage.From is null ? -1 : graphIndex++;
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is not FileTransferInstruction { From: { Length: > 0 } from } transfer)
                {
                    continue;
                }

                var flag = transfer.GetFlag("from")!;
                if (stage.Name is not null && string.Equals(stage.Name, from, StringComparison.OrdinalIgnoreCase))
                {
                    context.Report(Rule, flag.Span, $"'--from={from}' names the stage it is in; a stage cannot copy from itself. Name an earlier stage.", "DL3023");
                    continue;
                }

                if (from.Contains(':') || from.Contains('/') && from.Contains('.'))
                {
                    continue;
                }

                var target = context.Dockerfile.Stages.Find(from, position < 0 ? 0 : position);
                if (target is not null)
                {
                    continue;
                }

                var later = context.Dockerfile.Stages.Find(from);
                var why = later is not null
                    ? $"'--from={from}' names a stage defined later (line {later.From.StartLine}); BuildKit needs it defined before it is used. Move that stage up."
                    : from.Contains('/')
                        ? $"'--from={from}' names an image without a tag, which means ':latest' and changes over time. Pin a tag (or digest): '--from={from}:<version>'."
                        : $"'--from={from}' is neither an earlier stage nor a tagged image; BuildKit will try to pull an image named '{from}'. Fix the stage name, or give the image a tag.";
                context.Report(Rule, flag.Span, why, "DL3022");
            }
        }
    }
}
