using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1212: nothing is built in the Dockerfile and the final image copies build output from the context.</summary>
public sealed class HostBuildOutputRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.HostBuildOutput,
        "An image that copies bin/ or publish output from the build context is only as reproducible as the machine that built it: the SDK version, restore sources and configuration are not recorded in the Dockerfile.");

    private static readonly string[] OutputSegments = { "bin", "publish", "PublishOutput", "out", "artifacts", "dist" };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        var final = context.FinalStage;
        if (final?.From is null)
        {
            return;
        }

        SyntaxToken? first = null;
        foreach (var stage in final.SelfAndAncestors())
        {
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is not FileTransferInstruction { From: null } transfer)
                {
                    continue;
                }

                foreach (var token in transfer.Sources)
                {
                    var source = ShellWords.Unquote(token.Value, transfer.EscapeToken);
                    if (source.Contains("://") || !LooksLikeBuildOutput(source))
                    {
                        continue;
                    }

                    if (BuildsInDocker(context))
                    {
                        return;
                    }

                    // The folder copy is the app; a single file from the same output (a native library) is not the one to point at.
                    if (source.EndsWith("/", StringComparison.Ordinal) || source.Substring(source.LastIndexOf('/') + 1).IndexOf('.') < 0)
                    {
                        Report(context, token, source);
                        return;
                    }

                    first ??= token;
                }
            }
        }

        if (first is not null)
        {
            Report(context, first, first.Value);
        }
    }

    private static void Report(LintContext context, SyntaxToken token, string source) =>
        context.Raise(Rule, token.Span, source);

    private static bool BuildsInDocker(LintContext context)
    {
        if (context.DotnetCommands.Count > 0)
        {
            return true;
        }

        foreach (var run in context.Runs)
        {
            foreach (var command in run.Commands)
            {
                if (command.Program is "msbuild" or "msbuild.exe" or "nuget" or "nuget.exe" or "dotnet")
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool LooksLikeBuildOutput(string source)
    {
        foreach (var segment in source.Split('/', '\\'))
        {
            foreach (var output in OutputSegments)
            {
                if (string.Equals(segment, output, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            // A build argument that names the output folder: ${PUBLISH_DIR}, $EXE_DIR/, $OUTPUT_PATH.
            if (segment.StartsWith("$", StringComparison.Ordinal))
            {
                var name = segment.Trim('$', '{', '}').ToUpperInvariant();
                if (name.Contains("PUBLISH") || name.Contains("EXE_DIR") || name.Contains("OUTPUT") || name.Contains("ARTIFACT") || name.Contains("BIN_DIR"))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
