using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1207: the final stage is an SDK image, or a single-stage Dockerfile compiles in the image it ships.</summary>
public sealed class FinalStageShipsBuildToolsRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.FinalStageShipsBuildTools,
        "SDKs and compilers are hundreds of megabytes the app never uses at run time; a multi-stage build compiles in one stage and copies only the output to a runtime image.");

    private static readonly string[] BuildImages = { "golang", "maven", "gradle", "rust", "gcc", "openjdk" };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        var final = context.FinalStage;
        if (final?.From is null)
        {
            return;
        }

        var image = final.RootImage;
        if (image is not null && final.Root.From?.ImageToken is { } token && (image.DotnetFlavor == "sdk" || IsBuildImage(image.Repository)))
        {
            if (ShipsToolsOnPurpose(context, final))
            {
                return;
            }

            var runtime = image.DotnetFlavor == "sdk"
                ? $"{RuntimeSuggestion(image)} (or runtime / runtime-deps)"
                : "a slim runtime image";
            context.Report(Rule, token.Span, $"The final image is built on '{image.Text}', a build-tools image. Build in a first stage ('FROM {image.Text} AS build') and copy the published output into {runtime}.");
            return;
        }

        if (IsSingleStage(context) && !ShipsToolsOnPurpose(context, final))
        {
            CompilesInOnlyStage(context, final);
        }
    }

    /// <summary>
    /// Images that carry the SDK because it is their purpose: SDK, CI and build-environment image definitions (no
    /// ENTRYPOINT/CMD), test runners and dev containers (dotnet test/watch/run at start, stages named test or dev).
    /// </summary>
    private static bool ShipsToolsOnPurpose(LintContext context, StageView final)
    {
        var facts = context.FinalFacts;
        if (facts.IsEnvironmentImage)
        {
            return true;
        }

        if (facts.IsDevContainer)
        {
            return true;
        }

        foreach (var stage in final.SelfAndAncestors())
        {
            if (stage.Name is { } name && (name.IndexOf("test", StringComparison.OrdinalIgnoreCase) >= 0 || name.Equals("dev", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("dev-", StringComparison.OrdinalIgnoreCase) || name.IndexOf("develop", StringComparison.OrdinalIgnoreCase) >= 0))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSingleStage(LintContext context)
    {
        var count = 0;
        foreach (var stage in context.Stages)
        {
            if (stage.From is not null)
            {
                count++;
            }
        }

        return count == 1;
    }

    private static void CompilesInOnlyStage(LintContext context, StageView final)
    {
        foreach (var run in context.Runs)
        {
            if (run.Stage != final || run.IsOnbuild)
            {
                continue;
            }

            foreach (var command in run.Commands)
            {
                if (IsCompile(command))
                {
                    context.Report(Rule, run.Run.Span, $"'{command}' compiles in the only stage, so the compiler and sources ship in the image. Move it to a build stage and COPY --from=build only the output.");
                    break;
                }
            }
        }
    }

    private static string RuntimeSuggestion(ImageReference sdk) =>
        (sdk.DotnetVersion is { } version ? DotnetImages.Name(sdk.DotnetRegistry!, "aspnet", version, DotnetImageFamily.UbuntuChiseled) : null)
        ?? $"{sdk.DotnetRegistry}/aspnet:{sdk.DotnetVersion ?? "<version>"}";

    private static bool IsBuildImage(string repository)
    {
        foreach (var build in BuildImages)
        {
            if (repository == build || repository.EndsWith("/" + build, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsCompile(ShellCommand c) => c.Program switch
    {
        "dotnet" => c.Subcommand is "build" or "publish",
        "gcc" or "g++" or "cc" or "clang" or "javac" or "tsc" => true,
        "make" or "cmake" => true,
        "go" => c.Subcommand == "build",
        "cargo" => c.Subcommand == "build",
        "mvn" or "gradle" => c.HasArgument("package") || c.HasArgument("install") || c.HasArgument("build") || c.HasArgument("assemble"),
        "npm" or "yarn" => c.HasArgument("build"),
        _ => false,
    };
}
