using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1104: several CMD or ENTRYPOINT in one stage (only the last counts), or a relative WORKDIR.</summary>
public sealed class RepeatedCmdOrRelativeWorkdirRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.RepeatedCmdOrRelativeWorkdir,
        "Only the last CMD and ENTRYPOINT of a stage take effect, and a relative WORKDIR depends on whatever the base image left as the working directory.",
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
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is not WorkdirInstruction workdir)
                {
                    continue;
                }

                var path = StripQuotes(workdir.Value);
                if (path.Length == 0 || path.StartsWith("/", StringComparison.Ordinal) || path.StartsWith("$", StringComparison.Ordinal)
                    || (path.Length >= 2 && char.IsLetter(path[0]) && path[1] == ':'))
                {
                    continue;
                }

                context.Report(Rule, workdir.ValueToken!.Span, $"WORKDIR '{workdir.Value}' is relative: it resolves against the base image's working directory. Use an absolute path such as '/{path.TrimStart('.', '/')}'.", "DL3000");
            }
        }
    }

    // Quotes are removed literally: a Windows path such as "C:\" must not be read as an escaped quote.
    private static string StripQuotes(string value)
    {
        var v = value.Trim();
        return v.Length >= 2 && (v[0] == '"' || v[0] == '\'') && v[v.Length - 1] == v[0] ? v.Substring(1, v.Length - 2) : v;
    }

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

        for (var i = 1; i < all.Count; i++)
        {
            context.Report(Rule, all[i].KeywordSpan, $"This stage has {all.Count} {keyword} instructions; only the last one (line {all[all.Count - 1].StartLine}) takes effect. Keep one.", check);
        }
    }
}
