namespace Containerize.Session;

/// <summary>What the build hands the session host on its standard input (never on the command line: secrets).</summary>
internal sealed class SessionHostOptions
{
    /// <summary>The engine endpoint (DOCKER_HOST form).</summary>
    public string Host { get; set; } = string.Empty;

    /// <summary>The session's id, given to the build as <c>session=</c>.</summary>
    public string SessionId { get; set; } = string.Empty;

    /// <summary>Secret id to base64 value, for <c>RUN --mount=type=secret,id=…</c>.</summary>
    public Dictionary<string, string> Secrets { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The docker config folder the registry credentials come from (DOCKER_CONFIG), when not the default.</summary>
    public string? DockerConfig { get; set; }
}
