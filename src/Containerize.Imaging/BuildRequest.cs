namespace Containerize.Imaging;

public sealed class BuildRequest
{
    public string ContextDirectory { get; set; } = string.Empty;

    /// <summary>The Dockerfile's full path (inside or outside the context).</summary>
    public string DockerfilePath { get; set; } = string.Empty;

    /// <summary>The Dockerfile errors name when the build reads one derived from it (the fast inner loop); null: <see cref="DockerfilePath"/>.</summary>
    public string? ReportedDockerfilePath { get; set; }

    /// <summary>For each instruction of the Dockerfile built, in order, the instruction of <see cref="ReportedDockerfilePath"/> that errors name.</summary>
    public IReadOnlyList<Containerize.Dockerfiles.Instruction>? ReportedInstructions { get; set; }

    public IList<string> Tags { get; set; } = new List<string>();

    public IDictionary<string, string> BuildArgs { get; set; } = new Dictionary<string, string>();

    public string? Target { get; set; }

    public string? Network { get; set; }

    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(30);

    public string? DockerHost { get; set; }

    /// <summary>Build without the layer cache (a cold build).</summary>
    public bool NoCache { get; set; }

    /// <summary>The project folder: where NuGet's config names the sources a failed restore is reported against.</summary>
    public string? ProjectDirectory { get; set; }

    /// <summary>Which builder runs the build (ContainerizeBuilder); Auto takes BuildKit when the engine offers it.</summary>
    public BuilderKind Builder { get; set; } = BuilderKind.Auto;

    /// <summary>
    /// Secrets for <c>RUN --mount=type=secret,id=…</c> (BuildKit only), served through the build's session and never
    /// written to the context, a build argument or the log.
    /// </summary>
    public IDictionary<string, byte[]> Secrets { get; set; } = new Dictionary<string, byte[]>();
}
