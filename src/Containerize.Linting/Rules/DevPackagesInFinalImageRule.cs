using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1210: development packages (headers, compilers, pip) installed in a stage whose layers ship.</summary>
public sealed class DevPackagesInFinalImageRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.DevPackagesInFinalImage,
        "Development packages installed in the final image",
        RuleCategory.LayersAndSize,
        DiagnosticSeverity.Warning,
        "Headers, static libraries, compilers and pip are build-time tools: in the runtime image they add size and attack surface; the runtime libraries are enough.");

    private static readonly string[] Tools = { "build-essential", "gcc", "g++", "clang", "make", "cmake", "python3-pip", "python-pip", "py3-pip", "icu-devtools", "autoconf", "automake", "libtool", "pkg-config", "pkgconf" };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var run in context.Runs)
        {
            if (!run.Stage.IsInFinalImage || run.IsOnbuild || context.FinalFacts.IsEnvironmentImage)
            {
                continue;
            }

            var found = new List<string>();
            var tools = 0;
            foreach (var command in run.Commands)
            {
                if (!IsInstall(command))
                {
                    continue;
                }

                foreach (var argument in command.Arguments)
                {
                    var package = argument.Split('=')[0];
                    if (package.StartsWith("-", StringComparison.Ordinal) || found.Contains(package))
                    {
                        continue;
                    }

                    if (Array.IndexOf(Tools, package) >= 0)
                    {
                        found.Add(package);
                        tools++;
                    }
                    else if (package.EndsWith("-dev", StringComparison.Ordinal) || package.EndsWith("-devel", StringComparison.Ordinal))
                    {
                        found.Add(package);
                    }
                }
            }

            if (found.Count == 0)
            {
                continue;
            }

            var list = string.Join(", ", found);
            if (found.Count == 1 && tools == 0)
            {
                // One lib*-dev is often there for its unversioned .so symlink, which DllImport looks for.
                context.Report(Rule, run.Anchor.Span, $"'{list}' is a development package (headers, static library) in the final image. If the app needs only its unversioned .so symlink for DllImport, install the runtime library and link or name the versioned .so instead.", DiagnosticSeverity.Info);
                continue;
            }

            context.Report(Rule, run.Anchor.Span, $"This RUN installs development packages in the final image ({list}). Install only the runtime libraries here (e.g. libfoo1 rather than libfoo-dev), and compile or pip-install in a build stage whose output you COPY.");
        }
    }

    private static bool IsInstall(ShellCommand c) =>
        (c.Program is "apt-get" or "apt" or "dnf" or "microdnf" or "yum" or "tdnf" or "zypper" && c.Subcommand is "install" or "in")
        || (c.Program == "apk" && c.Subcommand == "add");
}
