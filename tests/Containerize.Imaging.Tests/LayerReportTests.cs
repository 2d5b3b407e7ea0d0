using System.Formats.Tar;
using System.Text;
using Containerize.Dockerfiles;

namespace Containerize.Imaging.Tests;

/// <summary>Waste accounting and line mapping on a synthetic 'docker save' archive (layers written with System.Formats.Tar).</summary>
[TestClass]
public sealed class LayerReportTests
{
    private const string Dockerfile = "FROM base:1\nWORKDIR /app\nCOPY big.bin /app/big.bin\nRUN rm /app/big.bin\nCOPY app/ /app/\nRUN chown -R 1000 /app\nUSER 1000\n";

    [TestMethod]
    public void Deletes_and_overwrites_count_as_waste_at_the_line_that_makes_them()
    {
        var layers = new[]
        {
            Layer(("etc/os-release", 100)),                              // base image
            Layer(("app/", -1)),                                         // WORKDIR /app
            Layer(("app/big.bin", 5000)),                                // COPY big.bin
            Layer(("app/.wh.big.bin", 0)),                               // RUN rm
            Layer(("app/a.dll", 300), ("app/b.dll", 200)),               // COPY app/
            Layer(("app/a.dll", 300), ("app/b.dll", 200)),               // RUN chown -R (rewrites both)
        };
        var history = new[]
        {
            ("/bin/sh -c #(nop) ADD file:x in /", false),
            ("/bin/sh -c #(nop) WORKDIR /app", false),
            ("/bin/sh -c #(nop) COPY file:y in /app/big.bin", false),
            ("/bin/sh -c rm /app/big.bin", false),
            ("/bin/sh -c #(nop) COPY dir:z in /app/", false),
            ("/bin/sh -c chown -R 1000 /app", false),
            ("/bin/sh -c #(nop)  USER 1000", true),
        };
        using var saved = Saved(layers, history);
        var report = LayerReport.FromSavedImage(saved, Containerize.Dockerfiles.Dockerfile.Parse(Dockerfile), "sha256:test");

        Assert.HasCount(6, report.Layers);
        Assert.IsTrue(report.Layers[0].IsBaseImage);
        CollectionAssert.AreEqual(new int?[] { null, 2, 3, 4, 5, 6 }, report.Layers.Select(l => l.Line).ToArray());
        Assert.AreEqual(5000, report.Layers[2].Size);
        Assert.AreEqual(5000, report.Layers[3].WastedBytes, "the delete wastes the earlier copy at its size");
        Assert.AreEqual(3, report.Layers[3].TopWaste.Single().AddedAtLine);
        Assert.AreEqual(500, report.Layers[5].WastedBytes, "rewriting both files wastes one copy of each");
        Assert.AreEqual(5500, report.WastedBytes);
        Assert.AreEqual(1 - (5500.0 / report.Size), report.Efficiency, 1e-9);
        StringAssert.Contains(report.ToJson(), "\"wastedBytes\": 5500");

        var again = LayerReport.FromJson(report.ToJson())!;
        Assert.AreEqual(report.ToJson(), again.ToJson(), "the cached report reads back as written");
    }

    [TestMethod]
    public void Podman_archives_with_linked_layers_give_the_same_report()
    {
        var layers = new[] { Layer(("etc/os-release", 100)), Layer(("app/a.dll", 300)), Layer(("app/.wh.a.dll", 0)) };
        var history = new[] { ("ADD file:x in /", false), ("COPY dir:z in /app/", false), ("RUN rm /app/a.dll", false) };
        var dockerfile = Containerize.Dockerfiles.Dockerfile.Parse("FROM base:1\nCOPY app/ /app/\nRUN rm /app/a.dll\n");
        using var docker = Saved(layers, history);
        using var podman = Saved(layers, history, podman: true);
        var fromDocker = LayerReport.FromSavedImage(docker, dockerfile, "sha256:x");
        var fromPodman = LayerReport.FromSavedImage(podman, dockerfile, "sha256:x");
        Assert.AreEqual(300, fromPodman.Layers[1].Size);
        Assert.AreEqual(300, fromPodman.WastedBytes);
        Assert.AreEqual(fromDocker.ToJson(), fromPodman.ToJson());
    }

    private static byte[] Layer(params (string Path, long Size)[] files)
    {
        var buffer = new MemoryStream();
        using (var writer = new TarWriter(buffer, TarEntryFormat.Pax, leaveOpen: true))
        {
            foreach (var (path, size) in files)
            {
                if (size < 0)
                {
                    writer.WriteEntry(new PaxTarEntry(TarEntryType.Directory, path));
                    continue;
                }

                writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, path) { DataStream = new MemoryStream(new byte[size]) });
            }
        }

        return buffer.ToArray();
    }

    private static Stream Saved(byte[][] layers, (string CreatedBy, bool Empty)[] history, bool podman = false)
    {
        var buffer = new MemoryStream();
        using (var writer = new TarWriter(buffer, TarEntryFormat.Pax, leaveOpen: true))
        {
            var names = layers.Select((_, i) => $"layer{i}/layer.tar").ToList();
            for (var i = 0; i < layers.Length; i++)
            {
                if (podman)
                {
                    // Podman's docker-archive: the layer at the top as <digest>.tar, <id>/layer.tar a symlink to it.
                    writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, $"{i}abc.tar") { DataStream = new MemoryStream(layers[i]) });
                    writer.WriteEntry(new PaxTarEntry(TarEntryType.SymbolicLink, names[i]) { LinkName = $"../{i}abc.tar" });
                    continue;
                }

                writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, names[i]) { DataStream = new MemoryStream(layers[i]) });
            }

            var config = "{\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[" + string.Join(",", names.Select((_, i) => $"\"sha256:{i}\"")) + "]},\"history\":["
                + string.Join(",", history.Select(h => "{\"created_by\":" + System.Text.Json.JsonSerializer.Serialize(h.CreatedBy) + (h.Empty ? ",\"empty_layer\":true" : string.Empty) + "}")) + "]}";
            writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "config.json") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(config)) });
            var manifest = "[{\"Config\":\"config.json\",\"RepoTags\":[\"t:1\"],\"Layers\":[" + string.Join(",", names.Select(n => "\"" + n + "\"")) + "]}]";
            writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, "manifest.json") { DataStream = new MemoryStream(Encoding.UTF8.GetBytes(manifest)) });
        }

        buffer.Position = 0;
        return buffer;
    }
}
