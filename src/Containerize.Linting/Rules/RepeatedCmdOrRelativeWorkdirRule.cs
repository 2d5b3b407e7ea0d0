using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>
/// CTZ1104: several CMD, ENTRYPOINT or HEALTHCHECK in one stage (only the last counts), or a relative WORKDIR with no
/// absolute one before it in the stage chain (BuildKit's MultipleInstructionsDisallowed and WorkdirRelativePath).
/// </summary>
public sealed class RepeatedCmdOrRelativeWorkdirRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.RepeatedCmdOrRelativeWorkdir,
        "Only the last CMD, ENTRYPOINT and HEALTHCHECK of a stage take effect, and a relative WORKDIR depends on whatever the base image left as the working directory.",
        "DL4003",
        "DL4004",
        "DL3000");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var stage in context.Stages)
        {
            Repeated<CmdInstruction>(context, stage, "CMD", "DL4003");
            Repeated<EntrypointInstruction>(context, stage, "ENTRYPOINT", "DL4004");
            Repeated<HealthcheckInstruction>(context, stage, "HEALTHCHECK", "MultipleInstructionsDisallowed");
            var absoluteBefore = HasAbsoluteWorkdir(stage.BaseStage);
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is not WorkdirInstruction workdir)
                {
                    continue;
                }

                var path = StripQuotes(workdir.Value);
                if (path.Length == 0 || IsAbsolute(path) || path.StartsWith("$", StringComparison.Ordinal))
                {
                    absoluteBefore |= path.Length > 0;
                    continue;
                }

                // After an absolute WORKDIR of this stage chain, a relative one resolves against it: nothing depends on the base image.
                if (absoluteBefore)
                {
                    continue;
                }

                context.RaiseCheck(Rule, workdir.ValueToken!.Span, "DL3000", $"WORKDIR '{workdir.Value}'", "is relative", $"it resolves against the base image's working directory; use an absolute path such as '/{path.TrimStart('.', '/')}'");
            }
        }
    }

    private static bool HasAbsoluteWorkdir(StageView? stage)
    {
        for (var s = stage; s is not null; s = s.BaseStage)
        {
            foreach (var instruction in s.Instructions)
            {
                if (instruction is WorkdirInstruction workdir && IsAbsolute(StripQuotes(workdir.Value)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsAbsolute(string path) =>
        path.StartsWith("/", StringComparison.Ordinal) || (path.Length >= 2 && char.IsLetter(path[0]) && path[1] == ':');

    // Quotes are removed literally: a Windows path such as "C:\" must not be read as an escaped quote.
    private static string StripQuotes(string value)
    {
        var v = value.Trim();
        return v.Length >= 2 && (v[0] == '"' || v[0] == '\'') && v[v.Length - 1] == v[0] ? v.Substring(1, v.Length - 2) : v;
    }

    /// <summary>Reports every instance but the last: those are the ones that have no effect.</summary>
    private static void Repeated<T>(LintContext context, StageView stage, string keyword, string check)
        where T : Instruction
    {
        var all = new List<Instruction>();
        foreach (var instruction in stage.Instructions)
        {
            if (instruction is T)
            {
                all.Add(instruction);
            }
        }

        for (var i = 0; i < all.Count - 1; i++)
        {
            context.RaiseCheck(Rule, all[i].KeywordSpan, check, "This " + keyword, "has no effect", $"the stage's last {keyword} (line {all[all.Count - 1].StartLine}) replaces it");
        }
    }
}
