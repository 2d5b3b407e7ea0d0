using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Containerize.Imaging;

/// <summary>Where the Docker Engine is: DOCKER_HOST, else the current docker context, else the local socket.</summary>
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

    public static EngineEndpoint Resolve(string? dockerHost = null, string? dockerConfigDirectory = null)
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

        return new EngineEndpoint(new Uri("unix:///var/run/docker.sock"), "default");
    }

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
