using Containerize.Dockerfiles;

namespace Containerize.Linting;

/// <summary>
/// What the final image does at run time, read once from the final stage and the stages it is built FROM: its
/// entrypoint and command, whether it needs a shell, whether it starts as root on purpose, what kind of image it is.
/// </summary>
public sealed class FinalStageFacts
{
    private static readonly string[] ShellPrograms = { "sh", "bash", "ash", "dash", "zsh", "pwsh", "powershell", "cmd", "cmd.exe" };
    private static readonly string[] Supervisors = { "tini", "dumb-init", "supervisord", "s6-svscan", "runsvdir", "catatonit" };
    private static readonly string[] PrivilegeDrops = { "gosu", "su-exec", "setpriv", "su", "runuser", "chroot", "s6-setuidgid", "sudo" };
    private static readonly string[] PackageManagers = { "apt-get", "apt", "apk", "dnf", "microdnf", "yum", "zypper", "tdnf" };

    private FinalStageFacts()
    {
    }

    /// <summary>The words of the ENTRYPOINT then CMD in force for the final image (shell forms as one shell line).</summary>
    public IReadOnlyList<string> StartWords { get; private set; } = Array.Empty<string>();

    public EntrypointInstruction? Entrypoint { get; private set; }

    public CmdInstruction? Cmd { get; private set; }

    /// <summary>No ENTRYPOINT and no CMD anywhere in the chain: a base-image definition or a build/CI environment.</summary>
    public bool DefinesNoStart => Entrypoint is null && Cmd is null;

    /// <summary>The final image receives an app: a COPY --from another stage or image, or a dotnet build/publish in the image itself.</summary>
    public bool ShipsApp { get; private set; }

    /// <summary>
    /// A base-image, CI or build-environment definition: no ENTRYPOINT or CMD and no app copied or built into it
    /// (whoever runs it brings the command, the user and the workload).
    /// </summary>
    public bool IsEnvironmentImage => (DefinesNoStart || StartsInteractiveShell || IsBuilder) && !ShipsApp;

    /// <summary>The image starts a bare shell (<c>CMD ["bash"]</c>): an interactive base or tools image.</summary>
    public bool StartsInteractiveShell { get; private set; }

    /// <summary>The image's entrypoint is a build script (<c>/build.sh</c>): a builder image whose tools are the point.</summary>
    public bool IsBuilder { get; private set; }

    /// <summary>Why the final image needs a shell or a package manager at run time or build time; null when nothing shows it does.</summary>
    public string? ShellNeed { get; private set; }

    /// <summary>The entrypoint is a shell, a script or a process supervisor: what it finally runs is not visible in the Dockerfile.</summary>
    public bool StartsWithScript { get; private set; }

    /// <summary>How the image starts as root on purpose and then drops privileges (gosu, su-exec, setcap…); null when not.</summary>
    public string? PrivilegeDrop { get; private set; }

    /// <summary>A GitHub container action (<c>com.github.actions.*</c> labels in any stage): it must run as root.</summary>
    public bool IsGitHubAction => _isGitHubAction ??= HasGitHubActionLabel(_context!);

    private bool? _isGitHubAction;

    private LintContext? _context;

    /// <summary>The image runs a Docker daemon (VOLUME /var/lib/docker): docker-in-docker needs root.</summary>
    public bool RunsDockerDaemon { get; private set; }

    /// <summary>
    /// A development or test container: it starts with dotnet run/watch/test, or sets DOTNET_USE_POLLING_FILE_WATCHER
    /// (the Visual Studio and eShop Dockerfile.develop pattern). The SDK and the Development environment are its point.
    /// </summary>
    public bool IsDevContainer { get; private set; }

    /// <summary>A command-line tool: its default command is <c>--help</c>.</summary>
    public bool IsCommandLineTool { get; private set; }

    public static FinalStageFacts Of(LintContext context)
    {
        var facts = new FinalStageFacts { _context = context };
        var final = context.FinalStage;
        if (final is null)
        {
            return facts;
        }

        // Nearest stage first: the first ENTRYPOINT/CMD found (from the end of a stage) is the one in force.
        foreach (var stage in final.SelfAndAncestors())
        {
            facts.Entrypoint ??= stage.Last<EntrypointInstruction>();
            facts.Cmd ??= stage.Last<CmdInstruction>();
            foreach (var instruction in stage.Instructions)
            {
                facts.Read(context, instruction);
            }
        }

        var words = new List<string>();
        AddWords(words, facts.Entrypoint);
        if (facts.Entrypoint is null || facts.Entrypoint.IsExecForm)
        {
            AddWords(words, facts.Cmd);
        }

        facts.StartWords = words;
        facts.ReadStart(words);
        if (words.Count == 1 && Array.IndexOf(ShellPrograms, words[0].Substring(words[0].LastIndexOf('/') + 1)) >= 0)
        {
            facts.StartsInteractiveShell = true;
        }

        if (words.Count > 0 && words[0].Substring(words[0].LastIndexOf('/') + 1).StartsWith("build", StringComparison.OrdinalIgnoreCase))
        {
            facts.IsBuilder = true;
        }
        facts.IsCommandLineTool = facts.Cmd is { IsExecForm: true } cmd && cmd.CommandArguments.Count == 1 && cmd.CommandArguments[0] is "--help" or "-h" or "help";
        return facts;
    }

    private static bool HasGitHubActionLabel(LintContext context)
    {
        foreach (var stage in context.Stages)
        {
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is LabelInstruction label)
                {
                    foreach (var pair in label.Pairs)
                    {
                        if (pair.Key.StartsWith("com.github.actions.", StringComparison.Ordinal))
                        {
                            return true;
                        }
                    }
                }
            }
        }

        return false;
    }

    private static void AddWords(List<string> words, CommandInstruction? instruction)
    {
        if (instruction is null)
        {
            return;
        }

        if (instruction.IsExecForm)
        {
            words.AddRange(instruction.CommandArguments);
        }
        else
        {
            words.Add("/bin/sh");
            words.Add("-c");
            words.AddRange(ShellWords.Split(instruction.CommandText));
        }
    }

    private void Read(LintContext context, Instruction instruction)
    {
        switch (instruction)
        {
            case CopyInstruction { From: not null }:
                ShipsApp = true;
                break;
            case RunInstruction run when context.ViewOf(run) is { } view:
                foreach (var command in view.Commands)
                {
                    ShipsApp |= command.Program == "dotnet" && command.Subcommand is "publish" or "build";
                    if (Array.IndexOf(PackageManagers, command.Program) >= 0)
                    {
                        ShellNeed ??= $"it installs packages with {command.Program} (line {run.StartLine})";
                        foreach (var argument in command.Arguments)
                        {
                            if (argument is "gosu" or "su-exec" or "tini" or "dumb-init")
                            {
                                PrivilegeDrop ??= argument is "gosu" or "su-exec" ? $"it installs {argument} to drop privileges at start (line {run.StartLine})" : null;
                            }
                        }
                    }
                    else if (command.Program == "setcap")
                    {
                        PrivilegeDrop ??= $"it grants capabilities with setcap (line {run.StartLine}) for a process that runs unprivileged";
                    }
                }

                ShellNeed ??= run.IsExecForm ? null : $"it runs shell commands (RUN at line {run.StartLine})";
                break;
            case HealthcheckInstruction { IsNone: false } check when !check.IsExecForm || (check.CommandArguments.Count > 0 && check.CommandArguments[0] == "CMD-SHELL"):
                ShellNeed ??= $"its HEALTHCHECK runs a shell (line {check.StartLine})";
                break;
            case EnvInstruction env:
                foreach (var pair in env.Pairs)
                {
                    IsDevContainer |= pair.Key == "DOTNET_USE_POLLING_FILE_WATCHER";
                }

                break;
            case VolumeInstruction volume when volume.ArgumentText.IndexOf("/var/lib/docker", StringComparison.Ordinal) >= 0:
                RunsDockerDaemon = true;
                break;
        }
    }

    private void ReadStart(List<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            var program = words[i].Substring(words[i].LastIndexOf('/') + 1);
            if (program == "dotnet" && i + 1 < words.Count && words[i + 1] is "run" or "watch" or "test" or "vstest")
            {
                IsDevContainer = true;
            }

            if (Array.IndexOf(PrivilegeDrops, program) >= 0)
            {
                PrivilegeDrop ??= $"its entrypoint drops privileges with {program}";
            }

            if (i == 0 || (i > 0 && Array.IndexOf(Supervisors, words[i - 1].Substring(words[i - 1].LastIndexOf('/') + 1)) >= 0))
            {
                if (Array.IndexOf(ShellPrograms, program) >= 0 || program.EndsWith(".sh", StringComparison.Ordinal) || program.EndsWith(".ps1", StringComparison.Ordinal))
                {
                    StartsWithScript = true;
                    ShellNeed ??= $"it starts with a script or shell ('{Shorten(string.Join(" ", words))}')";
                }
                else if (Array.IndexOf(Supervisors, program) >= 0)
                {
                    StartsWithScript = true;
                    ShellNeed ??= $"it starts under {program}";
                }
            }
        }
    }

    private static string Shorten(string text) => text.Length > 50 ? text.Substring(0, 47) + "…" : text;
}
