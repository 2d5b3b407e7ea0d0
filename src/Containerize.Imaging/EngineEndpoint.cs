using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Containerize.Imaging;

/// <summary>
/// Where the engine is: DOCKER_HOST, else the current docker context, else Podman's CONTAINER_HOST, else the Podman
/// connection CONTAINER_CONNECTION names, else the local Docker socket; where no Docker socket is, Podman's default
/// connection (<c>podman system connection default</c>) or its rootful socket. Podman's Docker-compatible API answers
/// the same calls.
/// </summary>
public sealed class EngineEndpoint
{
    private EngineEndpoint(Uri uri, string source)
    {
        Uri = uri;
        Source = source;
    }

    public Uri Uri { get; }

    /// <summary>How it was chosen, for messages ("DOCKER_HOST", "docker context 'remote'", "default").</summary>
    public string Source { get; }

    /// <summary>Podman's rootful API socket (<c>podman system service</c>, as build/infra/start-podman.sh starts it).</summary>
    public const string PodmanRootfulSocket = "/run/podman/podman.sock";

    private const string DockerSocket = "/var/run/docker.sock";

    /// <param name="containerHost">Podman's CONTAINER_HOST (read from the environment when null).</param>
    /// <param name="containersConfigDirectory">Where Podman keeps its connections (default ~/.config/containers).</param>
    /// <param name="containerConnection">Podman's CONTAINER_CONNECTION: a connection by name (from the environment when null).</param>
    public static EngineEndpoint Resolve(string? dockerHost = null, string? dockerConfigDirectory = null, string? containerHost = null, string? containersConfigDirectory = null, string? containerConnection = null)
    {
        dockerHost ??= Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (!string.IsNullOrWhiteSpace(dockerHost))
        {
            return new EngineEndpoint(new Uri(dockerHost!.Trim()), "DOCKER_HOST");
        }

        var configDirectory = dockerConfigDirectory ?? Environment.GetEnvironmentVariable("DOCKER_CONFIG")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker");
        var context = Environment.GetEnvironmentVariable("DOCKER_CONTEXT") ?? CurrentContext(configDirectory);
        if (!string.IsNullOrEmpty(context) && context != "default" && ContextHost(configDirectory, context!) is { } host)
        {
            return new EngineEndpoint(new Uri(host), $"docker context '{context}'");
        }

        containerHost ??= Environment.GetEnvironmentVariable("CONTAINER_HOST");
        if (!string.IsNullOrWhiteSpace(containerHost) && Usable(containerHost!.Trim()))
        {
            return new EngineEndpoint(new Uri(containerHost!.Trim()), "CONTAINER_HOST");
        }

        var podmanDirectory = containersConfigDirectory ?? Path.Combine(
            Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config"),
            "containers");
        // Podman's default connection only where no Docker socket is (both installed: Docker stays the default).
        containerConnection ??= Environment.GetEnvironmentVariable("CONTAINER_CONNECTION");
        if ((!string.IsNullOrWhiteSpace(containerConnection) || !File.Exists(DockerSocket)) && PodmanConnection(podmanDirectory, containerConnection) is { } connection)
        {
            return new EngineEndpoint(new Uri(connection.Uri), $"podman connection '{connection.Name}'");
        }

        if (!File.Exists(DockerSocket) && File.Exists(PodmanRootfulSocket))
        {
            return new EngineEndpoint(new Uri("unix://" + PodmanRootfulSocket), "podman socket");
        }

        return new EngineEndpoint(new Uri("unix://" + DockerSocket), "default");
    }

    // Podman 4 keeps connections in containers.conf ([engine] active_service, [engine.service_destinations.NAME] uri),
    // Podman 5 in podman-connections.json ({"Connection":{"Default":NAME,"Map":{NAME:{"URI":…}}}}). ssh:// ones need
    // Podman's own tunnel and are passed over.
    private static (string Name, string Uri)? PodmanConnection(string directory, string? name)
    {
        var json = Path.Combine(directory, "podman-connections.json");
        if (File.Exists(json))
        {
            var text = File.ReadAllText(json);
            var chosen = string.IsNullOrWhiteSpace(name) ? Regex.Match(text, "\"Default\"\\s*:\\s*\"([^\"]+)\"").Groups[1].Value : name!;
            var uri = Regex.Match(text, "\"" + Regex.Escape(chosen) + "\"\\s*:\\s*\\{[^}]*\"URI\"\\s*:\\s*\"([^\"]+)\"");
            if (chosen.Length > 0 && uri.Success && Usable(uri.Groups[1].Value))
            {
                return (chosen, uri.Groups[1].Value);
            }
        }

        var conf = Path.Combine(directory, "containers.conf");
        if (File.Exists(conf))
        {
            var text = File.ReadAllText(conf);
            var chosen = string.IsNullOrWhiteSpace(name) ? Regex.Match(text, "^\\s*active_service\\s*=\\s*\"([^\"]+)\"", RegexOptions.Multiline).Groups[1].Value : name!;
            var uri = Regex.Match(text, "\\[engine\\.service_destinations\\.\"?" + Regex.Escape(chosen) + "\"?\\][^\\[]*?^\\s*uri\\s*=\\s*\"([^\"]+)\"", RegexOptions.Multiline | RegexOptions.Singleline);
            if (chosen.Length > 0 && uri.Success && Usable(uri.Groups[1].Value))
            {
                return (chosen, uri.Groups[1].Value);
            }
        }

        return null;
    }

    private static bool Usable(string uri) => uri.StartsWith("unix://", StringComparison.Ordinal) || uri.StartsWith("tcp://", StringComparison.Ordinal);

    public override string ToString() => $"{Uri} ({Source})";

    private static string? CurrentContext(string configDirectory)
    {
        var config = Path.Combine(configDirectory, "config.json");
        if (!File.Exists(config))
        {
            return null;
        }

        var match = Regex.Match(File.ReadAllText(config), "\"currentContext\"\\s*:\\s*\"([^\"]+)\"");
        return match.Success ? match.Groups[1].Value : null;
    }

    // Contexts live in contexts/meta/<sha256 of the name>/meta.json with Endpoints.docker.Host.
    private static string? ContextHost(string configDirectory, string name)
    {
        using var sha = SHA256.Create();
        var hash = string.Concat(sha.ComputeHash(Encoding.UTF8.GetBytes(name)).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));
        var meta = Path.Combine(configDirectory, "contexts", "meta", hash, "meta.json");
        if (!File.Exists(meta))
        {
            return null;
        }

        var match = Regex.Match(File.ReadAllText(meta), "\"docker\"\\s*:\\s*\\{[^}]*\"Host\"\\s*:\\s*\"([^\"]+)\"");
        return match.Success ? match.Groups[1].Value : null;
    }
}
