using System.Text.Json;
using Containerize.Dockerfiles;

namespace Containerize.Imaging;

/// <summary>One layer of the built image: its size, files, wasted bytes and the Dockerfile instruction that made it.</summary>
public sealed class LayerInfo
{
    public int Index { get; set; }

    public string Digest { get; set; } = string.Empty;

    /// <summary>Bytes of the files in the layer (as dive and docker history count them).</summary>
    public long Size { get; set; }

    public int FileCount { get; set; }

    /// <summary>Bytes this layer makes useless by overwriting or deleting files of earlier layers.</summary>
    public long WastedBytes { get; set; }

    /// <summary>The history entry's created_by.</summary>
    public string CreatedBy { get; set; } = string.Empty;

    public bool IsBaseImage { get; set; }

    public string? Instruction { get; set; }

    public int? Line { get; set; }

    public int? Column { get; set; }

    public string? Stage { get; set; }

    /// <summary>The paths this layer wastes the most bytes on (path, bytes, line of the copy it replaces).</summary>
    public List<(string Path, long Bytes, int? AddedAtLine)> TopWaste { get; } = new();
}

/// <summary>
/// The image's layers mapped to the Dockerfile lines that made them, with dive's waste accounting: the wasted bytes of
/// a path are the sizes of every copy beyond its smallest, a deleted path counted at its earlier size.
/// </summary>
public sealed class LayerReport
{
    public string ImageId { get; set; } = string.Empty;

    public long Size { get; set; }

    public long WastedBytes { get; set; }

    /// <summary>dive's score: 1 - wasted / all bytes of all layers.</summary>
    public double Efficiency { get; set; }

    public List<LayerInfo> Layers { get; } = new();

    /// <summary>Reads a <c>docker save</c> stream (one image) and maps its layers to the Dockerfile's final stage.</summary>
    /// <param name="target">The stage that was built (ContainerizeTarget); the last stage when null.</param>
    /// <param name="finalStageOrder">The final stage's instructions in the order they were built, when not the Dockerfile's (the fast inner loop).</param>
    public static LayerReport FromSavedImage(Stream saved, Dockerfile dockerfile, string imageId, string? target = null, IReadOnlyList<Instruction>? finalStageOrder = null)
    {
        var image = SavedImage.Read(saved);
        return FromLayers(imageId, image.History, image.DiffIds, image.Layers, dockerfile, target, finalStageOrder);
    }

    /// <summary>
    /// The report from what is already known of each layer: the image's history (oldest first, with the empty-layer
    /// flags of its config), its diff IDs and the file listing of every layer, in order.
    /// </summary>
    public static LayerReport FromLayers(string imageId, IReadOnlyList<(string CreatedBy, bool Empty)> history, IReadOnlyList<string> diffIds,
        IReadOnlyList<List<(string Path, long Size, bool Whiteout)>> layers, Dockerfile dockerfile, string? target = null, IReadOnlyList<Instruction>? finalStageOrder = null)
    {
        var report = new LayerReport { ImageId = imageId };
        var nonEmpty = history.Where(h => !h.Empty).ToList();
        for (var i = 0; i < layers.Count; i++)
        {
            var files = layers[i];
            report.Layers.Add(new LayerInfo
            {
                Index = i,
                Digest = i < diffIds.Count ? diffIds[i] : string.Empty,
                Size = files.Where(x => !x.Whiteout).Sum(x => x.Size),
                FileCount = files.Count(x => !x.Whiteout),
                CreatedBy = i < nonEmpty.Count ? nonEmpty[i].CreatedBy : string.Empty,
            });
        }

        MapToDockerfile(report, history, dockerfile, target, finalStageOrder);
        ComputeWaste(report, layers);
        report.Size = report.Layers.Sum(l => l.Size);
        report.WastedBytes = report.Layers.Sum(l => l.WastedBytes);
        report.Efficiency = report.Size == 0 ? 1 : 1 - ((double)report.WastedBytes / report.Size);
        return report;
    }

    // The final stage's instructions (and those of the stages it is built FROM) make the image's last history entries.
    private static void MapToDockerfile(LayerReport report, IReadOnlyList<(string CreatedBy, bool Empty)> history, Dockerfile dockerfile, string? target, IReadOnlyList<Instruction>? finalStageOrder)
    {
        var final = string.IsNullOrWhiteSpace(target) ? dockerfile.Stages.Final : dockerfile.Stages.Find(target!);
        if (final is null)
        {
            return;
        }

        var chain = new List<Stage>();
        for (var s = final; s is not null; s = s.BaseStage)
        {
            chain.Insert(0, s);
        }

        var instructions = finalStageOrder?.ToList() ?? chain.SelectMany(s => s.Instructions).ToList();
        var offset = history.Count - instructions.Count;
        if (offset < 0)
        {
            return;
        }

        var layerIndex = 0;
        for (var h = 0; h < history.Count; h++)
        {
            if (history[h].Empty)
            {
                continue;
            }

            if (layerIndex < report.Layers.Count)
            {
                var layer = report.Layers[layerIndex];
                if (h < offset)
                {
                    layer.IsBaseImage = true;
                }
                else
                {
                    var instruction = instructions[h - offset];
                    var stage = chain.FirstOrDefault(s => s.Instructions.Contains(instruction)) ?? final;
                    layer.Instruction = Shorten(DockerfileWriter.WriteInstruction(instruction).Split('\n')[0]);
                    layer.Line = instruction.StartLine;
                    layer.Column = instruction.Range.Start.Column;
                    layer.Stage = stage.DisplayName;
                }
            }

            layerIndex++;
        }
    }

    private static void ComputeWaste(LayerReport report, IReadOnlyList<List<(string Path, long Size, bool Whiteout)>> layers)
    {
        // Current owner of each path: (size, layer index).
        var live = new Dictionary<string, (long Size, int Layer)>(StringComparer.Ordinal);
        var copies = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        for (var i = 0; i < layers.Count; i++)
        {
            foreach (var (path, size, whiteout) in layers[i])
            {
                if (whiteout)
                {
                    var removed = path.EndsWith("/", StringComparison.Ordinal)
                        ? live.Keys.Where(k => k.StartsWith(path, StringComparison.Ordinal)).ToList()
                        : live.Keys.Where(k => k == path || k.StartsWith(path + "/", StringComparison.Ordinal)).ToList();
                    foreach (var key in removed)
                    {
                        var earlier = live[key];
                        AddWaste(report.Layers[i], key, earlier.Size, report.Layers[earlier.Layer].Line);
                        live.Remove(key);
                    }

                    continue;
                }

                if (live.TryGetValue(path, out var previous))
                {
                    // Overwritten: of all copies, every one beyond the smallest is waste.
                    var list = copies.TryGetValue(path, out var l) ? l : copies[path] = new List<long> { previous.Size };
                    var before = list.Sum() - list.Min();
                    list.Add(size);
                    var after = list.Sum() - list.Min();
                    AddWaste(report.Layers[i], path, after - before, report.Layers[previous.Layer].Line);
                }

                live[path] = (size, i);
            }
        }
    }

    private static void AddWaste(LayerInfo layer, string path, long bytes, int? addedAtLine)
    {
        if (bytes <= 0)
        {
            return;
        }

        layer.WastedBytes += bytes;
        layer.TopWaste.Add((path, bytes, addedAtLine));
        layer.TopWaste.Sort((a, b) => b.Bytes.CompareTo(a.Bytes));
        if (layer.TopWaste.Count > 5)
        {
            layer.TopWaste.RemoveAt(5);
        }
    }

    private static string Shorten(string text) => text.Length > 70 ? text.Substring(0, 67) + "..." : text;

    /// <summary>Reads a report written by <see cref="ToJson"/>; null when it cannot be read.</summary>
    public static LayerReport? FromJson(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var report = new LayerReport
            {
                ImageId = root.GetProperty("imageId").GetString() ?? string.Empty,
                Size = root.GetProperty("size").GetInt64(),
                WastedBytes = root.GetProperty("wastedBytes").GetInt64(),
                Efficiency = root.GetProperty("efficiency").GetDouble(),
            };
            foreach (var l in root.GetProperty("layers").EnumerateArray())
            {
                var layer = new LayerInfo
                {
                    Index = l.GetProperty("index").GetInt32(),
                    Digest = l.GetProperty("digest").GetString() ?? string.Empty,
                    Size = l.GetProperty("size").GetInt64(),
                    FileCount = l.GetProperty("files").GetInt32(),
                    WastedBytes = l.GetProperty("wastedBytes").GetInt64(),
                    IsBaseImage = l.GetProperty("baseImage").GetBoolean(),
                    Instruction = l.GetProperty("instruction").ValueKind == JsonValueKind.String ? l.GetProperty("instruction").GetString() : null,
                    Line = l.GetProperty("line").ValueKind == JsonValueKind.Number ? l.GetProperty("line").GetInt32() : null,
                    Column = l.TryGetProperty("column", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetInt32() : null,
                    Stage = l.GetProperty("stage").ValueKind == JsonValueKind.String ? l.GetProperty("stage").GetString() : null,
                    CreatedBy = l.GetProperty("createdBy").GetString() ?? string.Empty,
                };
                foreach (var w in l.GetProperty("topWaste").EnumerateArray())
                {
                    layer.TopWaste.Add((w.GetProperty("path").GetString() ?? string.Empty, w.GetProperty("bytes").GetInt64(), w.GetProperty("addedAtLine").ValueKind == JsonValueKind.Number ? w.GetProperty("addedAtLine").GetInt32() : null));
                }

                report.Layers.Add(layer);
            }

            return report;
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// The report as containerize-image.json (indented). Written with <see cref="Utf8JsonWriter"/>, not the reflection
    /// serializer: its first use costs tens of milliseconds of every image build.
    /// </summary>
    public string ToJson()
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("imageId", ImageId);
            json.WriteNumber("size", Size);
            json.WriteNumber("wastedBytes", WastedBytes);
            json.WriteNumber("efficiency", Math.Round(Efficiency, 4));
            json.WriteStartArray("layers");
            foreach (var l in Layers)
            {
                json.WriteStartObject();
                json.WriteNumber("index", l.Index);
                json.WriteString("digest", l.Digest);
                json.WriteNumber("size", l.Size);
                json.WriteNumber("files", l.FileCount);
                json.WriteNumber("wastedBytes", l.WastedBytes);
                json.WriteBoolean("baseImage", l.IsBaseImage);
                WriteStringOrNull(json, "instruction", l.Instruction);
                WriteNumberOrNull(json, "line", l.Line);
                WriteNumberOrNull(json, "column", l.Column);
                WriteStringOrNull(json, "stage", l.Stage);
                json.WriteString("createdBy", l.CreatedBy);
                json.WriteStartArray("topWaste");
                foreach (var w in l.TopWaste)
                {
                    json.WriteStartObject();
                    json.WriteString("path", w.Path);
                    json.WriteNumber("bytes", w.Bytes);
                    WriteNumberOrNull(json, "addedAtLine", w.AddedAtLine);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteNumberOrNull(Utf8JsonWriter json, string name, int? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteNumber(name, value.Value);
        }
    }
}
