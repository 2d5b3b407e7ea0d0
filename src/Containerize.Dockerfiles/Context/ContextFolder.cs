namespace Containerize.Dockerfiles;

/// <summary>A folder of the build context with the cumulative size of what is sent from it.</summary>
public sealed class ContextFolder
{
    public ContextFolder(string path, long bytes, long files)
    {
        Path = path;
        Bytes = bytes;
        Files = files;
    }

    /// <summary>Relative to the context, '/'-separated, no trailing slash.</summary>
    public string Path { get; }

    /// <summary>The last segment of <see cref="Path"/>.</summary>
    public string Name => Path.Substring(Path.LastIndexOf('/') + 1);

    public long Bytes { get; }

    public long Files { get; }
}
