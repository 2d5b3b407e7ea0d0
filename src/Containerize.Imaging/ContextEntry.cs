namespace Containerize.Imaging;

/// <summary>One file, folder or symlink that <c>docker build</c> would send, relative to the context.</summary>
public sealed class ContextEntry
{
    public ContextEntry(string relativePath, string fullPath, long size, bool isDirectory, string? linkTarget)
    {
        RelativePath = relativePath;
        FullPath = fullPath;
        Size = size;
        IsDirectory = isDirectory;
        LinkTarget = linkTarget;
    }

    /// <summary>With '/', no leading './'.</summary>
    public string RelativePath { get; }

    public string FullPath { get; }

    public long Size { get; }

    public bool IsDirectory { get; }

    public string? LinkTarget { get; }

    public bool IsSymlink => LinkTarget is not null;
}
