using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1121: a global ARG (declared before the first FROM) used inside a stage that never re-declares it, where it is empty.</summary>
public sealed class GlobalArgNotRedeclaredRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.GlobalArgNotRedeclared,
        "A global ARG is in scope for FROM lines only. Inside a stage it is empty until the stage says 'ARG NAME'; the build goes on with an empty value.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        if (context.Dockerfile.Stages.GlobalArgs.Count == 0)
        {
            return;
        }

        foreach (var stage in context.Stages)
        {
            if (stage.From is null || !VariableScope.UsesVariables(stage))
            {
                continue;
            }

            var scope = new VariableScope(context, stage);
            var reported = new HashSet<string>(StringComparer.Ordinal);
            foreach (var instruction in stage.Instructions)
            {
                if (VariableScope.IsExpanded(instruction))
                {
                    foreach (var word in VariableScope.Words(instruction))
                    {
                        if (word.Value.IndexOf('$') < 0)
                        {
                            continue;
                        }

                        foreach (var use in VariableUse.In(word.Value, instruction.EscapeToken))
                        {
                            if (IsUnseenGlobal(scope, use) && reported.Add(use.Name))
                            {
                                var span = word.Span.Length == word.Value.Length ? new TextSpan(word.Span.Start + use.Offset, use.Length) : word.Span;
                                context.Raise(Rule, span, use.Name, scope.Globals[use.Name].StartLine);
                            }
                        }
                    }
                }
                else if (instruction is RunInstruction run)
                {
                    var script = run.IsExecForm ? string.Join(" ", run.CommandArguments) : run.ScriptText;
                    if (script.IndexOf('$') < 0)
                    {
                        scope.Declare(instruction);
                        continue;
                    }

                    foreach (var use in VariableUse.In(script, run.EscapeToken))
                    {
                        if (IsUnseenGlobal(scope, use) && !VariableScope.ScriptAssigns(script, use.Name) && reported.Add(use.Name))
                        {
                            context.Raise(Rule, run.KeywordSpan, use.Name, scope.Globals[use.Name].StartLine);
                        }
                    }
                }

                scope.Declare(instruction);
            }
        }
    }

    private static bool IsUnseenGlobal(VariableScope scope, VariableUse use) =>
        !use.HasFallback && scope.Globals.ContainsKey(use.Name) && !scope.IsVisible(use.Name) && !VariableScope.Proxies.Contains(use.Name);
}
