namespace Containerize.Generation;

public sealed class GenerationResult
{
    internal GenerationResult(string? dockerfile, ImageChoice? images, IReadOnlyList<GenerationDiagnostic> diagnostics)
    {
        Dockerfile = dockerfile;
        Images = images;
        Diagnostics = diagnostics;
    }

    /// <summary>The Dockerfile text; null when an error prevented generation.</summary>
    public string? Dockerfile { get; }

    public ImageChoice? Images { get; }

    public IReadOnlyList<GenerationDiagnostic> Diagnostics { get; }

    public bool Succeeded => Dockerfile is not null;
}
