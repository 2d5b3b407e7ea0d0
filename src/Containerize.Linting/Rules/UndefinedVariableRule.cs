using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>
/// CTZ1120: a variable no ARG or ENV defines (BuildKit's UndefinedVar). Only where it is knowable: the stage chain starts
/// FROM scratch, the name is declared later in the stage, it is one edit from a defined name, or it is one of BuildKit's
/// platform ARGs that the stage never declares (also in RUN). Otherwise a base image may define it: quiet.
/// </summary>
public sealed class UndefinedVariableRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.UndefinedVariable,
        "An undefined variable expands to an empty string without an error: a COPY copies the wrong path, an ENV loses its value, a RUN gets an empty platform.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var stage in context.Stages)
        {
            if (stage.From is null || !VariableScope.UsesVariables(stage))
            {
                continue;
            }

            var scope = new VariableScope(context, stage);
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
                            Check(context, scope, instruction, word, use, inRun: false);
                        }
                    }
                }
                else if (instruction is RunInstruction run)
                {
                    var script = run.IsExecForm ? string.Join(" ", run.CommandArguments) : run.ScriptText;
                    if (script.IndexOf("TARGET", StringComparison.Ordinal) < 0 && script.IndexOf("BUILD", StringComparison.Ordinal) < 0)
                    {
                        scope.Declare(instruction);
                        continue;
                    }

                    var seen = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var use in VariableUse.In(script, run.EscapeToken))
                    {
                        if (seen.Add(use.Name) && VariableScope.IsAutomatic(use.Name) && !VariableScope.ScriptAssigns(script, use.Name))
                        {
                            Check(context, scope, instruction, null, use, inRun: true);
                        }
                    }
                }

                scope.Declare(instruction);
            }
        }
    }

    private static void Check(LintContext context, VariableScope scope, Instruction instruction, SyntaxToken? word, VariableUse use, bool inRun)
    {
        var name = use.Name;
        if (use.HasFallback || scope.IsVisible(name) || scope.Globals.ContainsKey(name) || VariableScope.Proxies.Contains(name))
        {
            return;
        }

        string hint;
        var later = scope.DeclaredAt(name);
        if (later > instruction.StartLine)
        {
            hint = $" (it is declared later, at line {later})";
        }
        else if (VariableScope.IsAutomatic(name))
        {
            hint = $" (BuildKit sets {name} only in stages that declare 'ARG {name}')";
        }
        else if (NameSuggestion.Closest(name, scope.Candidates()) is { } suggestion)
        {
            hint = $" (did you mean ${suggestion}?)";
        }
        else if (scope.InheritsNothing && !inRun)
        {
            hint = string.Empty;
        }
        else
        {
            return;
        }

        var span = word is not null && word.Span.Length == word.Value.Length
            ? new TextSpan(word.Span.Start + use.Offset, use.Length)
            : word?.Span ?? instruction.KeywordSpan;
        context.Raise(Rule, span, name, hint);
    }
}
