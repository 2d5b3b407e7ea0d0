using System.Text.Json;

namespace Containerize.Imaging;

/// <summary>
/// One image read from a <c>docker save</c> stream (Docker's legacy layout or an OCI layout): its config history
/// (oldest first, with the empty-layer flags), its diff IDs and the file listing of each layer, in order.
/// </summary>
public sealed class SavedImage
{
    private SavedImage(List<(string CreatedBy, bool Empty)> history, List<string> diffIds, List<List<(string Path, long Size, bool Whiteout)>> layers)
    {
        History = history;
        DiffIds = diffIds;
        Layers = layers;
    }

    public IReadOnlyList<(string CreatedBy, bool Empty)> History { get; }

    public IReadOnlyList<string> DiffIds { get; }

    public IReadOnlyList<List<(string Path, long Size, bool Whiteout)>> Layers { get; }

    public static SavedImage Read(Stream saved)
    {
        var layerFiles = new Dictionary<string, List<(string Path, long Size, bool Whiteout)>>(StringComparer.Ordinal);
        string? manifestJson = null;
        var jsonFiles = new Dictionary<string, string>(StringComparer.Ordinal);
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        var reader = new TarReader(new SyncReadStream(saved));
        for (var entry = reader.Next(); entry is not null; entry = reader.Next())
        {
            if (entry.Name == "manifest.json")
            {
                manifestJson = new StreamReader(entry.Content).ReadToEnd();
            }
            else if (entry.Name.EndsWith(".json", StringComparison.Ordinal) || entry.Name.StartsWith("blobs/", StringComparison.Ordinal) && entry.Size < 1_000_000 && LooksLikeJson(entry, jsonFiles))
            {
                if (!jsonFiles.ContainsKey(entry.Name))
                {
                    jsonFiles[entry.Name] = new StreamReader(entry.Content).ReadToEnd();
                }
            }
            else if (entry.Type == '0' && (entry.Name.EndsWith(".tar", StringComparison.Ordinal) || entry.Name.StartsWith("blobs/", StringComparison.Ordinal)))
            {
                layerFiles[entry.Name] = ReadLayer(entry.Content);
            }
            else if (entry.Type == '2' && entry.Name.EndsWith("layer.tar", StringComparison.Ordinal))
            {
                // Podman's docker-archive: <id>/layer.tar links to ../<digest>.tar.
                links[entry.Name] = Resolve(entry.Name, entry.LinkName);
            }
        }

        if (manifestJson is null)
        {
            throw new InvalidDataException("the saved image has no manifest.json");
        }

        using var manifest = JsonDocument.Parse(manifestJson);
        var first = manifest.RootElement[0];
        var configName = first.GetProperty("Config").GetString()!;
        var layerNames = first.GetProperty("Layers").EnumerateArray().Select(l => l.GetString()!).ToList();
        using var config = JsonDocument.Parse(jsonFiles[configName]);
        var history = config.RootElement.GetProperty("history").EnumerateArray()
            .Select(h => (CreatedBy: h.TryGetProperty("created_by", out var c) ? c.GetString() ?? string.Empty : string.Empty, Empty: h.TryGetProperty("empty_layer", out var e) && e.GetBoolean()))
            .ToList();
        var diffIds = config.RootElement.GetProperty("rootfs").GetProperty("diff_ids").EnumerateArray().Select(d => d.GetString()!).ToList();
        var layers = layerNames.Select(n => layerFiles.TryGetValue(links.TryGetValue(n, out var target) ? target : n, out var f) ? f : new List<(string Path, long Size, bool Whiteout)>()).ToList();
        while (diffIds.Count < layers.Count)
        {
            diffIds.Add(layerNames[diffIds.Count]);
        }

        return new SavedImage(history, diffIds, layers);
    }

    private static string Resolve(string linkPath, string target)
    {
        var parts = linkPath.Split('/').ToList();
        parts.RemoveAt(parts.Count - 1);
        foreach (var part in target.Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part.Length > 0 && part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join("/", parts);
    }

    private static bool LooksLikeJson(TarReader.Entry entry, Dictionary<string, string> sink)
    {
        // OCI layouts name configs and layers alike (blobs/sha256/…); small blobs starting with '{' are JSON.
        var text = new StreamReader(entry.Content).ReadToEnd();
        if (text.TrimStart().StartsWith("{", StringComparison.Ordinal))
        {
            sink[entry.Name] = text;
            return true;
        }

        return false;
    }

    private static List<(string Path, long Size, bool Whiteout)> ReadLayer(Stream layer)
    {
        var files = new List<(string, long, bool)>();
        var reader = new TarReader(layer);
        for (var entry = reader.Next(); entry is not null; entry = reader.Next())
        {
            var path = "/" + entry.Name.TrimStart('.', '/').TrimEnd('/');
            var name = path.Substring(path.LastIndexOf('/') + 1);
            if (name.StartsWith(".wh.", StringComparison.Ordinal))
            {
                var dir = path.Substring(0, path.LastIndexOf('/'));
                files.Add((name == ".wh..wh..opq" ? dir + "/" : (dir == string.Empty ? string.Empty : dir) + "/" + name.Substring(4), 0, true));
            }
            else if (entry.Type is '0' or '7')
            {
                files.Add((path, entry.Size, false));
            }
        }

        return files;
    }
}
