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

            var stage = context.ViewOf(source);
            if (!Builds(context, stage))
            {
                // A stage that builds nothing holds no build tree (it assembles files: a front end, a release archive).
                continue;
            }

            var trees = SourceTrees(stage, out var workdirs);
            foreach (var token in copy.Sources)
            {
                var path = TrimTrailingSlash(ShellWords.Unquote(token.Value, copy.EscapeToken));
                var isObj = Array.IndexOf(path.Split('/'), "obj") >= 0;
                var isTree = trees.Contains(path.Length == 0 ? "/" : path) || (workdirs.Contains(path) && UnderAny(path, trees));
                if (isObj || (isTree && path.IndexOf("publish", StringComparison.OrdinalIgnoreCase) < 0 && !IsOutput(context, stage, path)))
                {
                    context.Report(Rule, token.Span, $"COPY --from={from} '{token.Value}' takes the build stage's {(isObj ? "intermediate obj/ folder" : "whole source tree (sources, obj/, bin/)")}. Publish in the build stage ('dotnet publish -o /app/publish') and copy only that folder.");
                }
            }
        }
    }

    /// <summary>
    /// Where the stage received sources from the build context (COPY . or a source folder, resolved), and its WORKDIRs
    /// (a project folder under such a tree is a tree too). A WORKDIR alone is not a tree: a stage that downloads and
    /// extracts a release into it holds an artifact, not sources.
    /// </summary>
    private static List<string> SourceTrees(StageView stage, out List<string> workdirs)
    {
        var trees = new List<string>();
        workdirs = new List<string>();
        foreach (var (instruction, workdir) in stage.WorkdirSteps)
        {
            if (instruction is WorkdirInstruction)
            {
                workdirs.Add(TrimTrailingSlash(workdir));
            }
            else if (instruction is CopyInstruction { From: null } copy && CopyAllBeforeRestoreRule.SourceFolder(copy) is not null)
            {
                trees.Add(TrimTrailingSlash(ImagePaths.Resolve(workdir, ShellWords.Unquote(copy.Destination, copy.EscapeToken))));
            }
        }

        return trees;
    }

    private static bool Builds(LintContext context, StageView stage)
    {
        foreach (var run in context.Runs)
        {
            if (run.Stage != stage)
            {
                continue;
            }

            foreach (var command in run.Commands)
            {
                if ((command.Program == "dotnet" && command.Subcommand is "build" or "publish" or "msbuild") || command.Program is "msbuild" or "msbuild.exe")
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool UnderAny(string path, List<string> trees)
    {
        foreach (var tree in trees)
        {
            if (tree.Length > 0 && ImagePaths.IsUnder(path, tree))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The path is where a dotnet publish/build of the stage writes (<c>-o</c>).</summary>
    private static bool IsOutput(LintContext context, StageView stage, string path)
    {
        foreach (var command in context.DotnetCommands)
        {
            if (command.Run.Stage == stage && command.Output is { } output && output.IndexOf('$') < 0)
            {
                var workdir = "/";
                foreach (var (instruction, dir) in stage.WorkdirSteps)
                {
                    if (instruction == command.Run.Anchor)
                    {
                        workdir = dir;
                    }
                }

                if (TrimTrailingSlash(ImagePaths.Resolve(workdir, output)) == path)
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "/src/" becomes "/src", the form copied paths are compared in (the root "/" becomes "" and matches nothing).
    private static string TrimTrailingSlash(string path) => path.TrimEnd('/');
}
