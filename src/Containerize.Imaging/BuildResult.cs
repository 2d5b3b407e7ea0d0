namespace Containerize.Imaging;

public sealed class BuildResult
{
    public bool Succeeded { get; set; }

    public string? ImageId { get; set; }

    public int Steps { get; set; }

    public int CachedSteps { get; set; }

    public TimeSpan Elapsed { get; set; }

    /// <summary>The builder that ran the build (BuildKit or Classic).</summary>
    public BuilderKind Builder { get; set; } = BuilderKind.Classic;

    /// <summary>Bytes of the build context sent to the engine.</summary>
    public long ContextBytes { get; set; }
}
