using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>
/// CTZ1209: the restore layer is rebuilt on every source edit: sources (<c>.</c> or any source folder) are copied
/// before the first restore; or the restore leaves out the runtime identifier, ReadyToRun or self-contained settings
/// that a later build/publish needs, so that step restores again after every source copy.
/// </summary>
public sealed class CopyAllBeforeRestoreRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.CopyAllBeforeRestore,
        "Docker reuses a layer only when everything before it is unchanged. With the sources copied first, or with a restore that lacks the publish's runtime identifier, any edit re-runs the NuGet restore.");

    private static readonly string[] ProjectFileEndings =
    {
        ".csproj", ".fsproj", ".vbproj", ".sln", ".slnx", ".props", ".targets", ".json", ".config", ".Config", ".lock", ".xml", ".editorconfig", ".ruleset", ".snk",
    };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var stage in context.Stages)
        {
            SourceOrder(context, stage);
        }

        RuntimeMismatch(context);
    }

    private static void SourceOrder(LintContext context, StageView stage)
    {
        CopyInstruction? sourceCopy = null;
        string? source = null;
        foreach (var instruction in stage.Instructions)
        {
            if (instruction is CopyInstruction { From: null } copy && SourceFolder(copy) is { } folder)
            {
                if (sourceCopy is null || (folder is "." or "./" && source is not ("." or "./")))
                {
                    sourceCopy = copy;
                    source = folder;
                }

                continue;
            }

            if (instruction is not RunInstruction run || DotnetRestoring(context, run) is not { } dotnet)
            {
                continue;
            }

            if (sourceCopy is null)
            {
                // The first restore ran on project files only: a later publish's implicit restore is a no-op.
                return;
            }

            var cached = HasNuGetCacheMount(run);
            var demo = context.FinalStage == stage && stage.RootImage?.DotnetFlavor == "sdk" && IsSingleStage(context);
            var severity = cached || demo ? DiagnosticSeverity.Info : DiagnosticSeverity.Warning;
            var softener = cached ? " The NuGet cache mount keeps the packages, so only the restore's evaluation re-runs."
                : demo ? " (Advice here: this single-stage image ships the SDK, see CTZ1207.)" : string.Empty;
            var what = source is "." or "./" ? "every source" : $"the source folder '{source}'";
            context.Report(Rule, run.Span, $"'{Shorten(dotnet.ToString())}' restores after '{Shorten(sourceCopy.ToString())}' (line {sourceCopy.StartLine}) copied {what}, so any code change re-runs the restore. First COPY the project files (*.csproj, Directory.*.props, NuGet.config, lock files), RUN dotnet restore, then COPY the rest.{softener}", severity);
            return;
        }
    }

    /// <summary>A restore without -r/-a, then a build/publish that needs a runtime identifier and restores again.</summary>
    private static void RuntimeMismatch(LintContext context)
    {
        DotnetCommand? restore = null;
        foreach (var command in context.DotnetCommands)
        {
            if (command.Verb == "restore")
            {
                restore = command;
                continue;
            }

            if (restore is null || command.NoRestore || !ReachableFrom(command.Run.Stage, restore.Run.Stage))
            {
                continue;
            }

            var needs = Needs(command, restore);
            if (needs is null)
            {
                continue;
            }

            context.Report(Rule, command.Run.Anchor.Span, $"'dotnet restore' (line {restore.Run.Run.StartLine}) restores without {needs}, which '{Shorten(command.ToString())}' uses, so this {command.Verb} restores again (runtime packs included) after every source change. Give the restore the same {needs} and add --no-restore here.");
            return;
        }
    }

    private static string? Needs(DotnetCommand command, DotnetCommand restore)
    {
        if (command.HasRuntime && !restore.HasRuntime)
        {
            return command.RuntimeIdentifier is { } rid && rid != "current" ? $"'-r {rid}'" : command.Architecture is { } arch ? $"'-a {arch}'" : "the runtime identifier";
        }

        if (command.ReadyToRun && !restore.ReadyToRun && command.HasRuntime)
        {
            return "'-p:PublishReadyToRun=true'";
        }

        return null;
    }

    private static bool ReachableFrom(StageView stage, StageView restoreStage)
    {
        foreach (var s in stage.SelfAndAncestors())
        {
            if (s == restoreStage)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first source of a COPY from the context that is the context itself or a folder of sources; null for project files and other single files.</summary>
    internal static string? SourceFolder(CopyInstruction copy)
    {
        foreach (var token in copy.Sources)
        {
            var source = ShellWords.Unquote(token.Value, copy.EscapeToken);
            if (source.Length == 0 || copy.IsHeredocSource(token) || source.IndexOf('*') >= 0 || source.IndexOf('$') >= 0)
            {
                continue;
            }

            var trimmed = source.TrimEnd('/');
            if (trimmed.EndsWith("/.", StringComparison.Ordinal))
            {
                trimmed = trimmed.Substring(0, trimmed.Length - 2);
            }

            if (trimmed is "" or "." or "./")
            {
                return source;
            }

            var name = trimmed.Substring(trimmed.LastIndexOf('/') + 1);
            if (!IsProjectFile(name) && (!IsFileName(name) || source.EndsWith("/", StringComparison.Ordinal)) && IsSourceFolderName(name))
            {
                return source;
            }
        }

        return null;
    }

    private static readonly string[] FileExtensions =
    {
        "sh", "ps1", "py", "js", "mjs", "ts", "cs", "fs", "vb", "txt", "md", "yml", "yaml", "toml", "ini", "conf", "env", "html", "css", "dll", "exe", "so",
        "pem", "crt", "key", "pfx", "cer", "zip", "tar", "gz", "tgz", "nupkg", "jar", "png", "ico", "sql", "db", "csv",
    };

    /// <summary>
    /// A file name by its extension: a known one, or any lowercase one (<c>docker-compose.dcproj</c>);
    /// <c>Amazon.Lambda.Core</c> or <c>Shop.Api</c> are folders named like namespaces.
    /// </summary>
    private static bool IsFileName(string name)
    {
        var dot = name.LastIndexOf('.');
        if (dot < 0)
        {
            return false;
        }

        var extension = name.Substring(dot + 1);
        return dot == 0 || Array.IndexOf(FileExtensions, extension.ToLowerInvariant()) >= 0 || extension == extension.ToLowerInvariant();
    }

    private static bool IsProjectFile(string name)
    {
        foreach (var ending in ProjectFileEndings)
        {
            if (name.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Folders that hold no sources (tools, certificates, scripts; build/ and eng/ hold MSBuild props, a restore input) are not worth reordering for.
    private static bool IsSourceFolderName(string name) =>
        !(name is "Makefile" or "LICENSE" or "Dockerfile" or "scripts" or "certs" or "nuget" or "packages" or "docker" or "deploy" or "build" or "eng" || IsOutputName(name));

    /// <summary>Folders that hold build output, not sources (a built front end, a publish folder).</summary>
    internal static bool IsOutputName(string name) =>
        name is "dist" or "out" or "bin" or "obj" or "publish" or "artifacts" or "browser";

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

    private static bool HasNuGetCacheMount(RunInstruction run)
    {
        foreach (var mount in run.Mounts)
        {
            if (mount.Type == "cache" && (mount.Target ?? string.Empty).IndexOf(".nuget", StringComparison.OrdinalIgnoreCase) >= 0)
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
            count += stage.From is null ? 0 : 1;
        }

        return count == 1;
    }

    private static string Shorten(string text) => text.Length > 80 ? text.Substring(0, 77) + "…" : text;
}
