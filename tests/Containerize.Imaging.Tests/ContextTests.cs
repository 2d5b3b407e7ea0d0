using System.Text;

namespace Containerize.Imaging.Tests;

[TestClass]
public sealed class ContextTests
{
    private static string MakeContext()
    {
        var root = Path.Combine(Path.GetTempPath(), "ctz-context-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "src", "App", "bin", "Debug"));
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        File.WriteAllText(Path.Combine(root, "src", "App", "Program.cs"), "class P {}");
        File.WriteAllBytes(Path.Combine(root, "src", "App", "bin", "Debug", "App.dll"), new byte[3000]);
        File.WriteAllBytes(Path.Combine(root, ".git", "pack"), new byte[5000]);
        File.WriteAllText(Path.Combine(root, "Dockerfile"), "FROM scratch\n");
        var deep = Path.Combine(root, new string('d', 60), new string('e', 60));
        Directory.CreateDirectory(deep);
        File.WriteAllText(Path.Combine(deep, "long-name-file.txt"), "deep");
        File.WriteAllText(Path.Combine(root, "run.sh"), "#!/bin/sh\n");
        File.SetUnixFileMode(Path.Combine(root, "run.sh"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        File.CreateSymbolicLink(Path.Combine(root, "link.sh"), "run.sh");
        return root;
    }

    [TestMethod]
    public void Scan_applies_dockerignore_but_always_sends_the_dockerfile()
    {
        var root = MakeContext();
        File.WriteAllText(Path.Combine(root, ".dockerignore"), "**/bin\n.git\nDockerfile\n");
        var paths = ContextScanner.Scan(root, null, new[] { "Dockerfile" }).Select(e => e.RelativePath).ToList();
        CollectionAssert.Contains(paths, "src/App/Program.cs");
        CollectionAssert.Contains(paths, "Dockerfile");
        CollectionAssert.Contains(paths, ".dockerignore");
        Assert.IsFalse(paths.Any(p => p.Contains("/bin") || p.StartsWith(".git", StringComparison.Ordinal)), string.Join("\n", paths));
    }

    [TestMethod]
    public void Manifest_counts_what_would_be_sent()
    {
        var root = MakeContext();
        var manifest = Containerize.Dockerfiles.ContextManifest.Parse(ContextManifestWriter.Write(root, stable: false));
        Assert.AreEqual(3000, manifest.BytesUnder("src/App/bin"));
        Assert.AreEqual(5000, manifest.BytesUnder(".git"));
        var heavy = manifest.FoldersNamed(".", new HashSet<string> { "bin", ".git" }).Select(f => f.Path).ToList();
        CollectionAssert.AreEquivalent(new[] { "src/App/bin", ".git" }, heavy);
    }

    [TestMethod]
    public void Tar_stream_round_trips_names_sizes_modes_and_symlinks()
    {
        var root = MakeContext();
        using var tar = new TarContextStream(ContextScanner.Scan(root));
        var copy = new MemoryStream();
        tar.CopyTo(copy, 1000);
        copy.Position = 0;
        Assert.AreEqual(0, copy.Length % 512, "whole 512-byte blocks");
        var entries = new Dictionary<string, (char Type, long Size, string Content)>();
        var reader = new TarReader(copy);
        for (var e = reader.Next(); e is not null; e = reader.Next())
        {
            entries[e.Name.TrimEnd('/')] = (e.Type, e.Size, new StreamReader(e.Content, Encoding.UTF8).ReadToEnd());
        }

        var longName = new string('d', 60) + "/" + new string('e', 60) + "/long-name-file.txt";
        Assert.IsTrue(entries.ContainsKey(longName), "long paths survive through PAX headers");
        Assert.AreEqual("deep", entries[longName].Content);
        Assert.AreEqual(3000, entries["src/App/bin/Debug/App.dll"].Size);
        Assert.AreEqual('2', entries["link.sh"].Type, "symlinks stay symlinks");
        Assert.AreEqual('5', entries["src"].Type);
        Assert.IsGreaterThan(3000L + 5000 + 10, tar.ContentBytes);
    }

    [TestMethod]
    public void Tar_headers_keep_the_executable_bit()
    {
        var root = MakeContext();
        using var tar = new TarContextStream(ContextScanner.Scan(root).Where(e => e.RelativePath == "run.sh"));
        var bytes = new byte[512];
        Assert.AreEqual(512, tar.Read(bytes, 0, 512));
        var mode = Convert.ToInt32(Encoding.ASCII.GetString(bytes, 100, 7), 8);
        Assert.AreEqual(Convert.ToInt32("755", 8), mode);
    }
}
