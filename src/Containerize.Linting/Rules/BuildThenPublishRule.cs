using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1211: <c>dotnet build</c> then <c>dotnet publish</c> (or test) without <c>--no-build</c>: the app is compiled again.</summary>
public sealed class BuildThenPublishRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.BuildThenPublish,
        "dotnet publish builds unless told --no-build. After a dotnet build of the same configuration the second build is incremental (seconds); after a build of another configuration it is a full second compile.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        DotnetCommand? build = null;
        foreach (var command in context.DotnetCommands)
        {
            if (command.Verb == "build")
            {
                build = command;
                continue;
            }

            if (build is null || command.Verb is not ("publish" or "test") || command.NoBuild || !Reaches(command.Run.Stage, build.Run.Stage))
            {
                continue;
            }

            var sdk = command.Run.Stage.RootImage?.DotnetVersionNumber ?? DotnetImages.VersionNumber(context.Project.DotnetVersion);
            var built = Configuration(build, sdk);
            var now = Configuration(command, sdk);
            var output = build.Output is { } o ? $" into '{o}'" : string.Empty;
            if (command.Verb == "publish" && !string.Equals(built, now, StringComparison.OrdinalIgnoreCase))
            {
                context.Raise(Rule, command.Run.Anchor.Span, build.Run.Run.StartLine, $"compiles {built}{output}, then this publish compiles everything again in {now}", $"Drop the build, or build -c {now} and publish --no-build.");
            }
            else
            {
                var unused = build.Output is not null ? $", and '{build.Output}' is never used" : string.Empty;
                context.RaiseAt(Rule, command.Run.Anchor.Span, DiagnosticSeverity.Info, build.Run.Run.StartLine, $"already built {built}{output}; this {command.Verb} builds again (incrementally){unused}", $"Add --no-build{(command.Verb == "test" && !string.Equals(built, now, StringComparison.OrdinalIgnoreCase) ? $" and -c {built}" : string.Empty)}, or drop the separate build.");
            }

            build = null;
        }
    }

    // dotnet publish builds Release by default from the .NET 8 SDK on; build and test build Debug.
    private static string Configuration(DotnetCommand command, double? sdk) =>
        command.Configuration ?? (command.Verb == "publish" && (sdk is null || sdk >= 8) ? "Release" : "Debug");

    private static bool Reaches(StageView stage, StageView buildStage)
    {
        foreach (var s in stage.SelfAndAncestors())
        {
            if (s == buildStage)
            {
                return true;
            }
        }

        return false;
    }
}
