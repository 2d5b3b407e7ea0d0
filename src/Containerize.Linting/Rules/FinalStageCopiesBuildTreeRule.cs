using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1208: the final stage copies a build stage's source tree or obj/ folder instead of its publish output.</summary>
public sealed class FinalStageCopiesBuildTreeRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.FinalStageCopiesBuildTree,
        "A build stage's working tree holds sources, obj/ intermediates and every configuration's bin/ output; the app needs only what dotnet publish writes.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        var final = context.FinalStage;
        if (final is null)
        {
            return;
        }

        foreach (var instruction in final.Instructions)
        {
            if (instruction is not CopyInstruction { From: { } from } copy || context.Dockerfile.Stages.Find(from) is not { } source)
            {
                continue;
            }

            var trees = SourceTrees(context.ViewOf(source));
            foreach (var token in copy.Sources)
            {
                var path = ShellWords.Unquote(token.Value, copy.EscapeToken).TrimEnd('/');
                var isObj = Array.IndexOf(path.Split('/'), "obj") >= 0;
                var isTree = trees.Contains(path.Length == 0 ? "/" : path);
                if (isObj || (isTree && path.IndexOf("publish", StringComparison.OrdinalIgnoreCase) < 0))
                {
                    context.Report(Rule, token.Span, $"COPY --from={from} '{token.Value}' takes the build stage's {(isObj ? "intermediate obj/ folder" : "whole source tree (sources, obj/, bin/)")}. Publish in the build stage ('dotnet publish -o /app/publish') and copy only that folder.");
                }
            }
        }
    }

    /// <summary>Folders of the stage that received the build context (COPY . / COPY src/), and its WORKDIRs.</summary>
    private static List<string> SourceTrees(StageView stage)
    {
        var trees = new List<string>();
        foreach (var (instruction, workdir) in stage.WorkdirSteps)
        {
            if (instruction is WorkdirInstruction)
            {
                trees.Add(TrimTrailingSlash(workdir));
            }
            else if (instruction is CopyInstruction { From: null } copy && CopiesContextRoot(copy))
            {
                trees.Add(TrimTrailingSlash(ImagePaths.Resolve(workdir, ShellWords.Unquote(copy.Destination, copy.EscapeToken))));
            }
        }

        return trees;
    }

    // "/src/" becomes "/src", the form copied paths are compared in (the root "/" becomes "" and matches nothing).
    private static string TrimTrailingSlash(string path) => path.TrimEnd('/');

    private static bool CopiesContextRoot(CopyInstruction copy)
    {
        foreach (var source in copy.Sources)
        {
            if (source.Value is "." or "./")
            {
                return true;
            }
        }

        return false;
    }
}
