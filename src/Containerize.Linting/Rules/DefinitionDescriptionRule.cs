using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>
/// CTZ1506: the comment right above an ARG or a named FROM does not start with the name it describes (BuildKit's
/// experimental InvalidDefinitionDescription). Like BuildKit, it runs only when <c># check=experimental=…</c> turns it on:
/// most comments above a FROM are section headings, not descriptions.
/// </summary>
public sealed class DefinitionDescriptionRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.DefinitionDescription,
        "Tools (docker buildx build --call=outline) show '# name description' comments as the documentation of build args and stages; a comment in another form is shown as a wrong description.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        if (BuildKitChecks.Find("InvalidDefinitionDescription") is not { } check || !context.Checks.Enables(check))
        {
            return;
        }

        Comment? previous = null;
        var previousLine = -1;
        foreach (var element in context.Dockerfile.Elements)
        {
            if (element is Comment comment)
            {
                previous = comment;
                previousLine = comment.StartLine;
                continue;
            }

            if (element is Instruction instruction && previous is not null && previousLine == instruction.StartLine - 1 && previous.Text.Length > 0)
            {
                Check(context, instruction, previous.Text);
            }

            previous = null;
        }
    }

    private static void Check(LintContext context, Instruction instruction, string comment)
    {
        var first = comment.Split(' ')[0];
        var names = new List<string>();
        if (instruction is ArgInstruction arg)
        {
            foreach (var declaration in arg.Declarations)
            {
                names.Add(declaration.Name);
            }
        }
        else if (instruction is FromInstruction { StageName: { } stage })
        {
            names.Add(stage);
        }

        if (names.Count == 0 || names.Contains(first))
        {
            return;
        }

        context.Raise(Rule, instruction.KeywordSpan, instruction.Keyword.ToUpperInvariant(), names.Count == 1 ? names[0] : "<arg_key>");
    }
}
