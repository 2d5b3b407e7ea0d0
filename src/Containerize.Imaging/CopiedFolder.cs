using Containerize.Dockerfiles;

namespace Containerize.Imaging;

/// <summary>One COPY of the fast final stage: a host layer folder and the absolute path it lands at in the image.</summary>
public sealed class CopiedFolder
{
    public CopiedFolder(CopyInstruction instruction, string folder, string destination, string name)
    {
        Instruction = instruction;
        Name = name;
        Folder = folder;
        Destination = destination;
    }

    /// <summary>The original COPY --from of the Dockerfile's final stage.</summary>
    public CopyInstruction Instruction { get; }

    /// <summary>The layer folder's name (the context path the derived COPY copies).</summary>
    public string Name { get; }

    /// <summary>The host folder copied (its content, as COPY NAME/ copies a folder's content).</summary>
    public string Folder { get; }

    /// <summary>Absolute destination folder in the image, WORKDIR applied.</summary>
    public string Destination { get; }

    /// <summary>The files the layer holds, as a layer listing: image path and size (regular files; symlinks count 0 bytes).</summary>
    public List<(string Path, long Size, bool Whiteout)> Listing()
    {
        var files = new List<(string Path, long Size, bool Whiteout)>();
        var root = Path.GetFullPath(Folder).TrimEnd('/') + "/";
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
        {
            var info = new FileInfo(file);
            var relative = file.Substring(root.Length).Replace('\\', '/');
            var isLink = info.Attributes.HasFlag(FileAttributes.ReparsePoint);
            if (!isLink)
            {
                files.Add((Destination.TrimEnd('/') + "/" + relative, info.Length, false));
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return files;
    }
}
