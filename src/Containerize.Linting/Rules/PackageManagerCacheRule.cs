using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>
/// CTZ1201: a package manager leaves its cache or lists in a layer of the image (apt, apk, yum, dnf, zypper,
/// pip, yarn, npm). A cleanup later in the same RUN, the no-cache switch, or a cache/tmpfs mount over the cache
/// path makes it fine. Only stages whose layers ship are checked (and ONBUILD triggers).
/// </summary>
public sealed class PackageManagerCacheRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.PackageManagerCache,
        "Package indexes and download caches are written into the same layer as the packages; deleting them in a later RUN does not shrink the image.",
        "DL3009", "DL3015", "DL3019", "DL3032", "DL3036", "DL3040", "DL3042", "DL3060");

    private static readonly HashSet<string> AptInstalls = new(StringComparer.Ordinal) { "update", "install", "upgrade", "dist-upgrade", "full-upgrade", "build-dep", "reinstall" };
    private static readonly HashSet<string> YumInstalls = new(StringComparer.Ordinal) { "install", "groupinstall", "localinstall", "update", "upgrade", "reinstall", "group" };
    private static readonly HashSet<string> DnfInstalls = new(StringComparer.Ordinal) { "install", "in", "upgrade", "up", "update", "upgrade-minimal", "up-min", "reinstall", "rei", "groupinstall", "group", "distro-sync", "dsync" };
    private static readonly HashSet<string> ZypperInstalls = new(StringComparer.Ordinal) { "install", "in", "update", "up", "patch", "dist-upgrade", "dup", "source-install", "si" };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var run in context.Runs)
        {
            if (!run.Stage.IsInFinalImage && !run.IsOnbuild)
            {
                continue;
            }

            var commands = run.Commands;
            Apt(context, run, commands);
            for (var i = 0; i < commands.Count; i++)
            {
                var c = commands[i];
                var program = c.Program;
                if (program == "apk" && c.Subcommand == "add" && !c.HasArgument("--no-cache") && !run.HasCacheMount("/var/cache/apk"))
                {
                    Report(context, run, "DL3019", $"'apk add' keeps its package cache in the layer. Use 'apk add --no-cache …' (or a cache mount on /var/cache/apk).");
                }
                else if (program == "yum" && YumInstalls.Contains(c.Subcommand ?? string.Empty) && !CleanedAfter(commands, i, IsYumClean) && !run.HasCacheMount("/var/cache/yum"))
                {
                    Report(context, run, "DL3032", "'yum' leaves its cache in the layer. End the same RUN with '&& yum clean all' (or mount a cache on /var/cache/yum).");
                }
                else if (program is "dnf" or "microdnf" && DnfInstalls.Contains(c.Subcommand ?? string.Empty) && !CleanedAfter(commands, i, next => IsDnfClean(next, program))
                    && !run.HasCacheMount("/var/cache/libdnf5") && !run.HasCacheMount("/var/cache/dnf") && !run.HasCacheMount("/var/cache/yum"))
                {
                    Report(context, run, "DL3040", $"'{program}' leaves its cache in the layer. End the same RUN with '&& {program} clean all' (or mount a cache on /var/cache/libdnf5).");
                }
                else if (program == "zypper" && ZypperInstalls.Contains(c.Subcommand ?? string.Empty) && !CleanedAfter(commands, i, IsZypperClean) && !run.HasCacheMount("/var/cache/zypp"))
                {
                    Report(context, run, "DL3036", "'zypper' leaves its cache in the layer. End the same RUN with '&& zypper clean' (or mount a cache on /var/cache/zypp).");
                }
                else if (IsPipInstall(c) && !c.HasArgument("--no-cache-dir") && !PipCacheDisabled(context, run, commands, i) && !HasPipCacheMount(run))
                {
                    Report(context, run, "DL3042", "'pip install' keeps downloaded wheels in ~/.cache/pip inside the layer. Add '--no-cache-dir' (or set PIP_NO_CACHE_DIR=1, or mount a cache on /root/.cache/pip).");
                }
                else if (program == "yarn" && (c.Subcommand is null or "install") && !CleanedAfter(commands, i, IsYarnClean)
                    && !run.HasCacheMount("/root/.cache/yarn") && !run.HasCacheMount("/usr/local/share/.cache/yarn"))
                {
                    Report(context, run, "DL3060", "'yarn install' keeps its cache in the layer. End the same RUN with '&& yarn cache clean' (or mount a cache on /root/.cache/yarn).");
                }
                else if (program == "npm" && c.Subcommand is "install" or "i" or "ci" && !CleanedAfter(commands, i, IsNpmClean) && !run.HasCacheMount("/root/.npm"))
                {
                    Report(context, run, null, "'npm " + c.Subcommand + "' keeps its cache in ~/.npm inside the layer. End the same RUN with '&& npm cache clean --force' (or mount a cache on /root/.npm), or build in an earlier stage.");
                }
            }
        }
    }

    private static void Apt(LintContext context, RunView run, IReadOnlyList<ShellCommand> commands)
    {
        var writesLists = false;
        foreach (var c in commands)
        {
            if (c.Program is "apt-get" or "apt" or "aptitude" && AptInstalls.Contains(c.Subcommand ?? string.Empty))
            {
                // The lists are written where they are downloaded: 'update' (an install-only RUN reuses an earlier RUN's lists,
                // and that RUN is the one to fix).
                writesLists |= c.Subcommand == "update";
                if (c.Program is "apt-get" or "apt" && c.Subcommand == "install"
                    && !c.HasArgument("--no-install-recommends") && !c.Arguments.Any(a => a.IndexOf("Install-Recommends=false", StringComparison.OrdinalIgnoreCase) >= 0))
                {
                    Report(context, run, "DL3015", $"'{c.Program} install' without '--no-install-recommends' pulls in recommended packages you did not ask for. Add '--no-install-recommends'.");
                }
            }
        }

        var listsCleaned = commands.Any(c => c.Program == "rm" && c.Arguments.Any(a => a.StartsWith("/var/lib/apt/lists", StringComparison.Ordinal)));
        var mounted = run.Run.Mounts.Any(m => m.Type is "cache" or "tmpfs" && m.Target?.TrimEnd('/') == "/var/lib/apt/lists")
            || (run.HasCacheMount("/var/lib/apt") && run.HasCacheMount("/var/cache/apt"));
        if (writesLists && !listsCleaned && !mounted)
        {
            Report(context, run, "DL3009", "'apt-get update' writes the package lists (tens of MB) into this layer. End the same RUN with '&& rm -rf /var/lib/apt/lists/*' (or mount caches on /var/lib/apt and /var/cache/apt); install in the same RUN as the update.");
        }
    }

    private static void Report(LintContext context, RunView run, string? check, string message) =>
        context.Report(Rule, run.Anchor.Span, message, check);

    private static bool CleanedAfter(IReadOnlyList<ShellCommand> commands, int index, Func<ShellCommand, bool> isClean) =>
        commands.Skip(index + 1).Any(isClean);

    private static bool IsYumClean(ShellCommand c) =>
        (c.Program == "yum" && c.Subcommand == "clean") || RemovesUnder(c, "/var/cache/yum");

    // dnf's cache is cleaned by dnf, microdnf's by microdnf (they keep different metadata).
    private static bool IsDnfClean(ShellCommand c, string program) =>
        (c.Program == program && c.Subcommand == "clean") || RemovesUnder(c, "/var/cache/yum") || RemovesUnder(c, "/var/cache/dnf") || RemovesUnder(c, "/var/cache/libdnf5");

    private static bool IsZypperClean(ShellCommand c) => c.Program == "zypper" && c.Subcommand is "clean" or "cc";

    private static bool IsYarnClean(ShellCommand c) => c.Program == "yarn" && c.Subcommand == "cache" && c.HasArgument("clean");

    private static bool IsNpmClean(ShellCommand c) => c.Program == "npm" && c.Subcommand == "cache" && c.HasArgument("clean");

    private static bool RemovesUnder(ShellCommand c, string path) => c.Program == "rm" && c.Arguments.Any(a => a.StartsWith(path, StringComparison.Ordinal));

    private static bool IsPipInstall(ShellCommand c)
    {
        var program = c.Program;
        var isPip = program.StartsWith("pip", StringComparison.Ordinal) && program.Substring(3).All(ch => char.IsDigit(ch) || ch == '.');
        if (isPip)
        {
            return c.Subcommand == "install";
        }

        // python -m pip install …
        if (program.StartsWith("python", StringComparison.Ordinal))
        {
            var words = c.Words.ToList();
            var m = words.IndexOf("-m");
            return m > 0 && m + 2 < words.Count && words[m + 1] == "pip" && words[m + 2] == "install";
        }

        return false;
    }

    private static bool HasPipCacheMount(RunView run) =>
        run.Run.Mounts.Any(m => m.Type is "cache" or "tmpfs" && (m.Target ?? string.Empty).TrimEnd('/').EndsWith("/.cache/pip", StringComparison.Ordinal));

    private static bool PipCacheDisabled(LintContext context, RunView run, IReadOnlyList<ShellCommand> commands, int index)
    {
        if (commands[index].Assignments.Any(IsTruthyNoCache))
        {
            return true;
        }

        if (commands.Take(index).Any(c => c.Program == "export" && c.Arguments.Any(IsTruthyNoCache)))
        {
            return true;
        }

        foreach (var stage in run.Stage.SelfAndAncestors())
        {
            var env = stage.Instructions.OfType<EnvInstruction>()
                .Where(e => ReferenceEquals(stage, run.Stage) ? e.Span.Start < run.Anchor.Span.Start : true)
                .SelectMany(e => e.Pairs)
                .LastOrDefault(p => p.Key == "PIP_NO_CACHE_DIR");
            if (env is not null)
            {
                return IsTruthy(env.Value);
            }
        }

        return false;
    }

    private static bool IsTruthyNoCache(string assignment) =>
        assignment.StartsWith("PIP_NO_CACHE_DIR=", StringComparison.Ordinal) && IsTruthy(assignment.Substring("PIP_NO_CACHE_DIR=".Length));

    private static bool IsTruthy(string value) => value.Trim().ToLowerInvariant() is "1" or "on" or "yes" or "true";
}
