using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1207: the final stage is an SDK image, or a single-stage Dockerfile compiles in the image it ships.</summary>
public sealed class FinalStageShipsBuildToolsRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.FinalStageShipsBuildTools,
        "The final image ships build tools",
        RuleCategory.LayersAndSize,
        DiagnosticSeverity.Warning,
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

        var root = final.SelfAndAncestors().Last();
        var image = final.RootImage;
        if (image is not null && root.From?.ImageToken is { } token
            && (image.DotnetFlavor == "sdk" || BuildImages.Any(b => image.Repository == b || image.Repository.EndsWith("/" + b, StringComparison.Ordinal))))
        {
            var runtime = image.DotnetFlavor == "sdk"
                ? $"{image.Repository.Substring(0, image.Repository.Length - 3)}aspnet:{image.DotnetVersion ?? "<version>"}-noble-chiseled (or runtime / runtime-deps)"
                : "a slim runtime image";
            context.Report(Rule, token.Span, $"The final image is built on '{image.Text}', a build-tools image. Build in a first stage ('FROM {image.Text} AS build') and copy the published output into {runtime}.");
            return;
        }

        if (context.Stages.Count(s => s.From is not null) != 1)
        {
            return;
        }

        foreach (var run in context.Runs.Where(r => r.Stage == final && !r.IsOnbuild))
        {
            var compile = run.Commands.FirstOrDefault(IsCompile);
            if (compile is not null)
            {
                context.Report(Rule, run.Run.Span, $"'{compile}' compiles in the only stage, so the compiler and sources ship in the image. Move it to a build stage and COPY --from=build only the output.");
            }
        }
    }

    private static bool IsCompile(ShellCommand c) => c.Program switch
    {
        "dotnet" => c.Subcommand is "build" or "publish",
        "gcc" or "g++" or "cc" or "clang" or "javac" or "tsc" => true,
        "make" or "cmake" => true,
        "go" => c.Subcommand == "build",
        "cargo" => c.Subcommand == "build",
        "mvn" or "gradle" => c.Arguments.Any(a => a is "package" or "install" or "build" or "assemble"),
        "npm" or "yarn" => c.Arguments.Contains("build"),
        _ => false,
    };
}
