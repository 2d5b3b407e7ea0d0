using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Docker.DotNet.Models;

namespace Containerize.Imaging;

/// <summary>Credentials for a registry as the docker CLI finds them: config.json auths, credHelpers, credsStore.</summary>
public static class RegistryAuth
{
    public static AuthConfig? For(string registry, string? configDirectory = null)
    {
        var dir = configDirectory ?? Environment.GetEnvironmentVariable("DOCKER_CONFIG") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker");
        var path = Path.Combine(dir, "config.json");
        if (!File.Exists(path))
        {
            return null;
        }

        using var config = JsonDocument.Parse(File.ReadAllText(path));
        var root = config.RootElement;
        if (root.TryGetProperty("credHelpers", out var helpers) && helpers.TryGetProperty(registry, out var helper) && helper.GetString() is { } helperName)
        {
            return FromHelper(helperName, registry);
        }

        if (root.TryGetProperty("auths", out var auths) && auths.TryGetProperty(registry, out var entry)
            && entry.TryGetProperty("auth", out var auth) && auth.GetString() is { Length: > 0 } encoded)
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
            var colon = decoded.IndexOf(':');
            return new AuthConfig { ServerAddress = registry, Username = decoded.Substring(0, colon), Password = decoded.Substring(colon + 1) };
        }

        return root.TryGetProperty("credsStore", out var store) && store.GetString() is { } storeName ? FromHelper(storeName, registry) : null;
    }

    private static AuthConfig? FromHelper(string helper, string registry)
    {
        try
        {
            var info = new ProcessStartInfo("docker-credential-" + helper, "get")
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(info)!;
            process.StandardInput.Write(registry);
            process.StandardInput.Close();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit(30_000);
            if (process.ExitCode != 0)
            {
                return null;
            }

            using var json = JsonDocument.Parse(output);
            return new AuthConfig
            {
                ServerAddress = registry,
                Username = json.RootElement.GetProperty("Username").GetString(),
                Password = json.RootElement.GetProperty("Secret").GetString(),
            };
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or JsonException or KeyNotFoundException)
        {
            return null;
        }
    }
}
