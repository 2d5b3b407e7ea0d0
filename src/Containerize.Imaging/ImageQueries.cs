using System.Text.Json;
using Containerize.Imaging.BuildKit;
using Docker.DotNet;

namespace Containerize.Imaging;

/// <summary>
/// What the layer report asks the engine about an image: its ID and layer diff IDs, and its history (newest first).
/// On unix:// and plain tcp:// endpoints it asks with <see cref="EngineHttp"/> and reads only those fields: the
/// Docker.DotNet models' first deserialization costs tens of milliseconds of every inner-loop publish. Other endpoints
/// (named pipes) go through the Docker.DotNet client. Null when the engine does not answer 200.
/// </summary>
internal static class ImageQueries
{
    public static async Task<(string Id, List<string> DiffIds)?> InspectAsync(DockerClient client, EngineEndpoint endpoint, string image, CancellationToken cancellationToken)
    {
        if (!EngineHttp.Supports(endpoint))
        {
            var inspect = await client.Images.InspectImageAsync(image, cancellationToken).ConfigureAwait(false);
            return (inspect.ID, inspect.RootFS?.Layers?.ToList() ?? new List<string>());
        }

        using var json = await GetAsync(endpoint, "/images/" + image + "/json", cancellationToken).ConfigureAwait(false);
        if (json is null)
        {
            return null;
        }

        var root = json.RootElement;
        var diffIds = new List<string>();
        if (root.TryGetProperty("RootFS", out var rootFs) && rootFs.TryGetProperty("Layers", out var layers) && layers.ValueKind == JsonValueKind.Array)
        {
            foreach (var layer in layers.EnumerateArray())
            {
                diffIds.Add(layer.GetString() ?? string.Empty);
            }
        }

        return (root.GetProperty("Id").GetString() ?? string.Empty, diffIds);
    }

    public static async Task<List<(string CreatedBy, long Size)>?> HistoryAsync(DockerClient client, EngineEndpoint endpoint, string image, CancellationToken cancellationToken)
    {
        if (!EngineHttp.Supports(endpoint))
        {
            var history = await client.Images.GetImageHistoryAsync(image, cancellationToken).ConfigureAwait(false);
            return history.Select(h => (h.CreatedBy ?? string.Empty, h.Size)).ToList();
        }

        using var json = await GetAsync(endpoint, "/images/" + image + "/history", cancellationToken).ConfigureAwait(false);
        if (json is null || json.RootElement.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var entries = new List<(string CreatedBy, long Size)>();
        foreach (var entry in json.RootElement.EnumerateArray())
        {
            var createdBy = entry.TryGetProperty("CreatedBy", out var c) ? c.GetString() ?? string.Empty : string.Empty;
            var size = entry.TryGetProperty("Size", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetInt64() : 0;
            entries.Add((createdBy, size));
        }

        return entries;
    }

    private static async Task<JsonDocument?> GetAsync(EngineEndpoint endpoint, string path, CancellationToken cancellationToken)
    {
        using var response = await EngineHttp.SendAsync(endpoint, "GET", path, null, null, cancellationToken).ConfigureAwait(false);
        var body = await response.ReadBodyAsync(cancellationToken).ConfigureAwait(false);
        return response.Status == 200 ? JsonDocument.Parse(body) : null;
    }
}
