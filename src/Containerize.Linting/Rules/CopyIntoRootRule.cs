using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1305: COPY/ADD of a folder into the file-system root (<c>COPY . /</c>, or <c>COPY … .</c> with no WORKDIR).</summary>
public sealed class CopyIntoRootRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.CopyIntoRoot,
        "Copied into /, the app's files mix with /bin, /etc and /usr: a file named like a system folder or config replaces it, and nothing tells the app's files from the OS.");

    private static readonly string[] RootWorkdirImages = { "scratch", "alpine", "debian", "ubuntu", "busybox" };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var stage in context.Stages)
        {
            if (stage.From is null)
            {
                continue;
            }

            // Only "/" itself, or "." / "./" where no WORKDIR is in force, lands in the root: no need to track every WORKDIR.
            var workdirSet = stage.BaseStage is { } parent && HasWorkdirBefore(parent);
            bool? knownRoot = null;
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is WorkdirInstruction)
                {
                    workdirSet = true;
                    continue;
                }

                if (instruction is not FileTransferInstruction transfer || transfer.DestinationToken is not { } destination || transfer.Heredocs.Count > 0)
                {
                    continue;
                }

                var raw = destination.Value;
                if (!(raw is "/" or "." or "./" or "\"/\"" or "\".\"" or "\"./\""))
                {
                    continue;
                }

                var target = ShellWords.Unquote(raw, transfer.EscapeToken);
                var relative = !target.StartsWith("/", StringComparison.Ordinal);
                if (relative && (workdirSet || !(knownRoot ??= KnownRootWorkdir(stage.RootImage))))
                {
                    continue;
                }

                // COPY --from=… / / and COPY --from=… /rootfs / assemble a file system on purpose (scratch images, image builds).
                if (!CopiesFolder(transfer) || (transfer.From is not null && !relative))
                {
                    continue;
                }

                var severity = stage.IsInFinalImage ? DiagnosticSeverity.Warning : DiagnosticSeverity.Info;
                var where = relative ? $"'{target}' is / here (no WORKDIR)" : "the destination is /";
                context.RaiseAt(Rule, transfer.Span, severity, Shorten(Describe(transfer)), where);
            }
        }
    }

    private static bool HasWorkdirBefore(StageView stage)
    {
        foreach (var s in stage.SelfAndAncestors())
        {
            if (s.Last<WorkdirInstruction>() is not null)
            {
                return true;
            }
        }

        return false;
    }

    // Microsoft's .NET images and the plain OS images start in / (they set no WORKDIR); other bases may set one.
    private static bool KnownRootWorkdir(ImageReference? image)
    {
        if (image is null || image.HasVariable)
        {
            return false;
        }

        if (image.IsScratch || (image.IsDotnet && !image.IsWindows))
        {
            return true;
        }

        var name = image.Repository.Substring(image.Repository.LastIndexOf('/') + 1);
        return Array.IndexOf(RootWorkdirImages, name) >= 0 && (image.Repository == name || image.Repository == "docker.io/library/" + name || image.Repository == "library/" + name);
    }

    // A folder (., a directory, a variable), not a single named file.
    private static bool CopiesFolder(FileTransferInstruction transfer)
    {
        foreach (var token in transfer.Sources)
        {
            var source = ShellWords.Unquote(token.Value, transfer.EscapeToken);
            var name = source.TrimEnd('/');
            name = name.Substring(name.LastIndexOf('/') + 1);
            if (name is "" or "." || source.EndsWith("/", StringComparison.Ordinal) || name.IndexOf('$') >= 0 || name.IndexOf('.') < 0)
            {
                return true;
            }
        }

        return false;
    }

    private static string Describe(FileTransferInstruction transfer)
    {
        var text = new System.Text.StringBuilder(transfer.Keyword.ToUpperInvariant());
        if (transfer.From is { } from)
        {
            text.Append(" --from=").Append(from);
        }

        foreach (var source in transfer.Sources)
        {
            text.Append(' ').Append(source.Value);
        }

        return text.Append(' ').Append(transfer.Destination).ToString();
    }

    private static string Shorten(string text) => text.Length > 60 ? text.Substring(0, 57) + "…" : text;
}
