using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1210: development packages (headers, compilers, pip) installed in a stage whose layers ship.</summary>
public sealed class DevPackagesInFinalImageRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.DevPackagesInFinalImage,
        "Headers, static libraries, compilers and pip are build-time tools: in the runtime image they add size and attack surface; the runtime libraries are enough.");

    private static readonly string[] Tools = { "build-essential", "gcc", "g++", "clang", "make", "cmake", "python3-pip", "python-pip", "py3-pip", "icu-devtools", "autoconf", "automake", "libtool", "pkg-config", "pkgconf" };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var run in context.Runs)
        {
            if (!run.Stage.IsInFinalImage || run.IsOnbuild)
            {
                continue;
            }

            var removed = Removed(run);
            var found = new List<string>();
            var tools = 0;
            foreach (var command in run.Commands)
            {
                if (!IsInstall(command) || (Virtual(command) is { } group && removed.Contains(group)))
                {
                    continue;
                }

                foreach (var argument in command.Arguments)
                {
                    var package = argument.Split('=')[0];
                    if (package.StartsWith("-", StringComparison.Ordinal) || found.Contains(package) || removed.Contains(package))
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

            if (found.Count == 0 || context.FinalFacts.IsEnvironmentImage)
            {
                continue;
            }

            var list = string.Join(", ", found);
            if (found.Count == 1 && tools == 0)
            {
                // One lib*-dev is often there for its unversioned .so symlink, which DllImport looks for.
                context.RaiseAt(Rule, run.Anchor.Span, DiagnosticSeverity.Info, list, "One header package is often there only for its unversioned .so symlink, which DllImport looks for: install the runtime library instead and link or name the versioned .so");
                continue;
            }

            context.Raise(Rule, run.Anchor.Span, list, "Install only the runtime libraries here (e.g. libfoo1 rather than libfoo-dev), and compile or pip-install in a build stage whose output you COPY");
        }
    }

    /// <summary>Packages (and apk virtual groups) the same RUN removes again: build dependencies used and dropped in one layer.</summary>
    private static List<string> Removed(RunView run)
    {
        var removed = new List<string>();
        foreach (var c in run.Commands)
        {
            if ((c.Program is "apt-get" or "apt" && c.Subcommand is "purge" or "remove" or "autoremove") || (c.Program == "apk" && c.Subcommand == "del")
                || (c.Program is "dnf" or "yum" or "microdnf" && c.Subcommand is "remove" or "erase"))
            {
                foreach (var argument in c.Arguments)
                {
                    removed.Add(argument.Split('=')[0]);
                }
            }
        }

        return removed;
    }

    /// <summary>The name of <c>apk add --virtual NAME</c> (or <c>-t NAME</c>); null otherwise.</summary>
    private static string? Virtual(ShellCommand c)
    {
        var words = c.Words;
        for (var i = 1; i + 1 < words.Count; i++)
        {
            if (words[i] is "--virtual" or "-t")
            {
                return words[i + 1];
            }
        }

        return null;
    }

    private static bool IsInstall(ShellCommand c) =>
        (c.Program is "apt-get" or "apt" or "dnf" or "microdnf" or "yum" or "tdnf" or "zypper" && c.Subcommand is "install" or "in")
        || (c.Program == "apk" && c.Subcommand == "add");
}
