using Containerize.Dockerfiles;

namespace Containerize.Linting;

/// <summary>Paths inside the image as a stage writes them: WORKDIR tracking and COPY/ADD destinations.</summary>
internal static class ImagePaths
{
    /// <summary>Each instruction of the stage with the working directory in force when it runs.</summary>
    public static IReadOnlyList<WorkdirStep> WithWorkdir(StageView stage)
    {
        var workdir = stage.BaseStage is { } baseStage ? FinalWorkdir(baseStage) : "/";
        var steps = new List<WorkdirStep>(stage.Instructions.Count);
        foreach (var instruction in stage.Instructions)
        {
            workdir = After(instruction, workdir);
            steps.Add(new WorkdirStep(instruction, workdir));
        }

        return steps;
    }

    /// <summary>The working directory a stage leaves to the stages built FROM it.</summary>
    private static string FinalWorkdir(StageView stage)
    {
        var workdir = stage.BaseStage is { } baseStage ? FinalWorkdir(baseStage) : "/";
        foreach (var instruction in stage.Instructions)
        {
            workdir = After(instruction, workdir);
        }

        return workdir;
    }

    /// <summary>The working directory after <paramref name="instruction"/>: changed only by WORKDIR.</summary>
    private static string After(Instruction instruction, string workdir) =>
        instruction is WorkdirInstruction w ? Resolve(workdir, ShellWords.Unquote(w.Value, w.EscapeToken)) : workdir;

    public static string Resolve(string workdir, string path) => ImagePath.Resolve(workdir, path);

    /// <summary>The image paths a COPY/ADD writes: the destination itself, or destination/name for each source into a folder.</summary>
    public static IReadOnlyList<string> Destinations(FileTransferInstruction transfer, string workdir)
    {
        var destination = ShellWords.Unquote(transfer.Destination, transfer.EscapeToken);
        var resolved = Resolve(workdir, destination);
        var intoFolder = destination.EndsWith("/", StringComparison.Ordinal) || destination is "." or "./" || transfer.Sources.Count > 1;
        if (!intoFolder)
        {
            return new[] { resolved };
        }

        var destinations = new List<string>(transfer.Sources.Count);
        foreach (var token in transfer.Sources)
        {
            var source = ShellWords.Unquote(token.Value, transfer.EscapeToken).TrimEnd('/');
            var path = source is "." or "" || source.IndexOfAny(Wildcards) >= 0 || IsDirectoryLike(source)
                ? resolved
                : resolved.TrimEnd('/') + "/" + source.Substring(source.LastIndexOf('/') + 1);
            if (!destinations.Contains(path))
            {
                destinations.Add(path);
            }
        }

        return destinations;
    }

    private static readonly char[] Wildcards = { '*', '?' };

    /// <summary>Adds the paths a COPY/ADD writes to <paramref name="written"/>; false (and nothing added) for other instructions.</summary>
    public static bool RecordCopy(Instruction instruction, string workdir, List<WrittenPath> written)
    {
        if (instruction is not FileTransferInstruction transfer || transfer.Sources.Count == 0)
        {
            return false;
        }

        foreach (var path in Destinations(transfer, workdir))
        {
            written.Add(new WrittenPath(path, transfer));
        }

        return true;
    }

    public static bool IsUnder(string path, string folder)
    {
        var p = path.TrimEnd('/');
        var f = folder.TrimEnd('/');
        return f.Length == 0 || p == f || p.StartsWith(f + "/", StringComparison.Ordinal);
    }

    // A source copied "into" a folder keeps its own name unless it is a directory, whose contents are copied.
    private static bool IsDirectoryLike(string source) => source.LastIndexOf('.') <= source.LastIndexOf('/');
}
