using System.Text.Json;

namespace Containerize.Imaging.BuildKit;

/// <summary>
/// Whether the engine offers BuildKit: the Builder-Version header of <c>/_ping</c> when the daemon sets it (its
/// configured default), else <c>/version</c>: a Linux Docker engine on API 1.39 or later has BuildKit built in, Podman
/// (which names itself in the version's components) and Windows engines do not.
/// </summary>
internal static class BuilderProbe
{
    public static async Task<(bool Offered, string Reason)> OffersBuildKitAsync(EngineEndpoint endpoint, CancellationToken cancellationToken)
    {
        using (var ping = await EngineHttp.SendAsync(endpoint, "GET", "/_ping", null, null, cancellationToken).ConfigureAwait(false))
        {
            if (ping.Headers.TryGetValue("Builder-Version", out var version) && version.Length > 0)
            {
                return (version == "2", $"the engine's /_ping says Builder-Version {version}");
            }
        }

        using var response = await EngineHttp.SendAsync(endpoint, "GET", "/version", null, null, cancellationToken).ConfigureAwait(false);
        using var json = JsonDocument.Parse(await response.ReadBodyAsync(cancellationToken).ConfigureAwait(false));
        var root = json.RootElement;
        if (root.TryGetProperty("Components", out var components) && components.ValueKind == JsonValueKind.Array
            && components.EnumerateArray().Any(c => c.TryGetProperty("Name", out var n) && (n.GetString() ?? string.Empty).IndexOf("Podman", StringComparison.OrdinalIgnoreCase) >= 0))
        {
            return (false, "the engine is Podman");
        }

        var os = root.TryGetProperty("Os", out var o) ? o.GetString() : null;
        var api = root.TryGetProperty("ApiVersion", out var a) ? a.GetString() : null;
        var offered = os == "linux" && Version.TryParse(api, out var apiVersion) && apiVersion >= new Version(1, 39);
        return (offered, $"the engine is {os ?? "unknown"} on API {api ?? "unknown"}");
    }
}
