using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1202: consecutive single-command RUNs in one stage: each is a layer; one RUN would do.</summary>
public sealed class ConsecutiveRunsRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.ConsecutiveRuns,
        "Every RUN makes a layer with its own metadata and file-system diff; a chain of one-command RUNs costs size and build time for nothing.",
        "DL3059");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var stage in context.Stages)
        {
            // Layers of build, test and publish stages never ship: merging their RUNs saves nothing.
            if (!stage.IsInFinalImage)
            {
                continue;
            }

            RunInstruction? previous = null;
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is RunInstruction run)
                {
                    if (previous is not null && SameFlags(previous, run) && IsSingleCommand(context, previous) && IsSingleCommand(context, run))
                    {
                        context.Report(Rule, run.KeywordSpan, $"This RUN follows another single-command RUN (line {previous.StartLine}) with the same flags: each makes a layer. Join them with '&&' into one RUN.", "DL3059");
                    }

                    previous = run;
                }
                else
                {
                    previous = null;
                }
            }
        }
    }

    private static bool SameFlags(RunInstruction a, RunInstruction b)
    {
        if (a.Flags.Count != b.Flags.Count)
        {
            return false;
        }

        for (var i = 0; i < a.Flags.Count; i++)
        {
            if (a.Flags[i].Text != b.Flags[i].Text)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSingleCommand(LintContext context, RunInstruction run) =>
        run.Heredocs.Count == 0 && (run.IsExecForm || (context.ViewOf(run)?.Script.Commands.Count ?? 0) <= 1) && !IsDotnetStep(context, run);

    // Restore, build, test and publish are separate steps on purpose: each is its own cache point (see CTZ1209).
    private static bool IsDotnetStep(LintContext context, RunInstruction run)
    {
        if (context.ViewOf(run) is { } view)
        {
            foreach (var c in view.Commands)
            {
                if (c.Program == "dotnet" && c.Subcommand is "restore" or "build" or "publish" or "test")
                {
                    return true;
                }
            }
        }

        return false;
    }
}
