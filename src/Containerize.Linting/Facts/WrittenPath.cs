using Containerize.Dockerfiles;

namespace Containerize.Linting;

/// <summary>A path in the image and the instruction whose layer wrote it.</summary>
internal sealed class WrittenPath
{
    public WrittenPath(string path, Instruction by)
    {
        Path = path;
        By = by;
    }

    public string Path { get; }

    public Instruction By { get; }
}
