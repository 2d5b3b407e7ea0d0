using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1403: ENTRYPOINT/CMD runs an assembly or apphost that is not this project's AssemblyName.</summary>
public sealed class EntrypointNotThisAssemblyRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.EntrypointNotThisAssembly,
        "After a rename (AssemblyName, project file) the Dockerfile still starts the old name and the container exits immediately.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        var assembly = context.Project.AssemblyName;
        var final = context.FinalStage;
        if (assembly is null || final is null)
        {
            return;
        }

        var command = final.Last<EntrypointInstruction>() as CommandInstruction ?? final.Last<CmdInstruction>();
        if (command is null || command.Arguments.Count == 0)
        {
            return;
        }

        var words = command.IsExecForm ? command.CommandArguments : ShellWords.Split(command.CommandText);
        if (context.FinalFacts.StartsWithScript && !MentionsDll(words))
        {
            // A script or supervisor starts the app (entrypoint.sh ending in 'exec dotnet App.dll'): what it runs is not visible here.
            return;
        }

        if (RenamedByCopy(final, words))
        {
            return;
        }

        string? target = null;
        foreach (var word in words)
        {
            if (word.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            {
                target = word;
                break;
            }
        }

        string? expected = null;
        if (target is not null)
        {
            expected = assembly + ".dll";
        }
        else if (words.Count > 0 && Path(words[0]) is var program && program != "dotnet" && (words[0].StartsWith("./", StringComparison.Ordinal) || words[0].StartsWith("/app/", StringComparison.Ordinal)))
        {
            target = words[0];
            expected = assembly;
        }

        if (target is null || expected is null || string.Equals(Path(target), expected, StringComparison.Ordinal))
        {
            return;
        }

        var token = command.Arguments[0];
        foreach (var argument in command.Arguments)
        {
            if (argument.Value.Contains(Path(target)))
            {
                token = argument;
                break;
            }
        }

        context.Report(Rule, token.Span, $"{command.Keyword.ToUpperInvariant()} starts '{target}', but this project's AssemblyName is '{assembly}', so it builds '{expected}'. Point it at '{expected}'.");
    }

    private static string Path(string word) => word.Substring(word.LastIndexOf('/') + 1);

    private static bool MentionsDll(IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (word.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The program is a file a COPY of this stage named itself (<c>COPY ${PUBLISH_DIR}/${EXE} server-binary</c>): a renamed apphost.</summary>
    private static bool RenamedByCopy(StageView final, IReadOnlyList<string> words)
    {
        if (words.Count == 0)
        {
            return false;
        }

        var program = Path(words[0]);
        foreach (var instruction in final.Instructions)
        {
            if (instruction is FileTransferInstruction transfer && transfer.Sources.Count == 1 && Path(transfer.Destination) == program
                && Path(transfer.Sources[0].Value) != program)
            {
                return true;
            }
        }

        return false;
    }
}
