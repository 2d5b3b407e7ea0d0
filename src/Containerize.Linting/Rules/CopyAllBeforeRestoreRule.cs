using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1209: <c>COPY . .</c> before <c>dotnet restore</c>: every code change invalidates the restore layer.</summary>
public sealed class CopyAllBeforeRestoreRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.CopyAllBeforeRestore,
        "Docker reuses a layer only when everything before it is unchanged. With all sources copied first, any edit re-runs the NuGet restore.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var stage in context.Stages)
        {
            CopyInstruction? copyAll = null;
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is CopyInstruction { From: null } copy && CopiesWholeContext(copy))
                {
                    copyAll ??= copy;
                    continue;
                }

                if (instruction is not RunInstruction run || copyAll is null)
                {
                    continue;
                }

                if (DotnetRestoring(context, run) is not { } dotnet)
                {
                    continue;
                }

                if (dotnet.Subcommand == "restore" || !dotnet.HasArgument("--no-restore"))
                {
                    context.Report(Rule, copyAll.Span, $"'{copyAll}' copies every source before '{dotnet}' restores (line {run.StartLine}), so any code change re-runs the restore. First COPY the *.csproj files (and Directory.*.props, NuGet.config), RUN dotnet restore, then COPY the rest.");
                }

                break;
            }
        }
    }

    internal static bool CopiesWholeContext(CopyInstruction copy)
    {
        foreach (var source in copy.Sources)
        {
            if (ShellWords.Unquote(source.Value, copy.EscapeToken) is "." or "./")
            {
                return true;
            }
        }

        return false;
    }

    private static ShellCommand? DotnetRestoring(LintContext context, RunInstruction run)
    {
        if (context.ViewOf(run) is { } view)
        {
            foreach (var c in view.Commands)
            {
                if (c.Program == "dotnet" && c.Subcommand is "restore" or "build" or "publish" or "test")
                {
                    return c;
                }
            }
        }

        return null;
    }
}
