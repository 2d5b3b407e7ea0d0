using Containerize.Dockerfiles;

namespace Containerize.Linting;

/// <summary>Paths inside the image as a stage writes them: WORKDIR tracking and COPY/ADD destinations.</summary>
internal static class ImagePaths
{
    /// <summary>Each instruction of the stage with the working directory in force when it runs.</summary>
    public static IEnumerable<(Instruction Instruction, string Workdir)> WithWorkdir(StageView stage)
    {
        var workdir = "/";
        foreach (var ancestor in stage.SelfAndAncestors().Skip(1).Reverse())
        {
            foreach (var w in ancestor.Instructions.OfType<WorkdirInstruction>())
            {
                workdir = Resolve(workdir, ShellWords.Unquote(w.Value, w.EscapeToken));
            }
        }

        foreach (var instruction in stage.Instructions)
        {
            if (instruction is WorkdirInstruction w)
            {
                workdir = Resolve(workdir, ShellWords.Unquote(w.Value, w.EscapeToken));
            }

            yield return (instruction, workdir);
        }
    }

    public static string Resolve(string workdir, string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return workdir;
        }

        var combined = path.StartsWith("/", StringComparison.Ordinal) ? path : workdir.TrimEnd('/') + "/" + path;
        var parts = new List<string>();
        foreach (var part in combined.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }

                continue;
            }

            parts.Add(part);
        }

        return "/" + string.Join("/", parts);
    }

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

        return transfer.Sources
            .Select(s => ShellWords.Unquote(s.Value, transfer.EscapeToken).TrimEnd('/'))
            .Select(s => s is "." or "" || s.IndexOfAny(new[] { '*', '?' }) >= 0 || IsDirectoryLike(s) ? resolved : resolved.TrimEnd('/') + "/" + s.Substring(s.LastIndexOf('/') + 1))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
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
