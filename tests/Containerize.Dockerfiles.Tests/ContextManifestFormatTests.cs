namespace Containerize.Dockerfiles.Tests;

/// <summary>The context-manifest format, written by ContextManifestBuilder and read by ContextManifest, in one place.</summary>
[TestClass]
public sealed class ContextManifestFormatTests
{
    [TestMethod]
    public void What_the_builder_writes_the_reader_reads()
    {
        var builder = new ContextManifestBuilder();
        builder.Add("src", 0, isDirectory: true);
        builder.Add("src/App.cs", 1200, isDirectory: false);
        builder.Add("bin/Debug/App.dll", 5000, isDirectory: false);
        builder.Add("Dockerfile", 300, isDirectory: false);
        var text = builder.Build(DockerIgnore.Parse("secrets.json\n**/*.pfx\n!keep.pfx\n"), stable: false);
        var manifest = ContextManifest.Parse(text);
        Assert.AreEqual(6500, manifest.TotalBytes);
        Assert.AreEqual(3, manifest.TotalFiles);
        Assert.AreEqual(1200, manifest.BytesUnder("src"));
        Assert.AreEqual(5000, manifest.BytesUnder("./bin/"));
        Assert.AreEqual(300, manifest.BytesUnder("Dockerfile"));
        CollectionAssert.AreEqual(new[] { "secrets.json", "**/*.pfx", "!keep.pfx" }, manifest.IgnorePatterns.ToArray());
        Assert.IsTrue(manifest.IsIgnored("secrets.json"));
        Assert.IsTrue(manifest.IsIgnored("./certs/dev.pfx"));
        Assert.IsFalse(manifest.IsIgnored("keep.pfx"));
        Assert.IsFalse(manifest.IsIgnored("src/App.cs"));
        StringAssert.Contains(text, "I\tsecrets.json\n");
    }

    [TestMethod]
    public void A_manifest_without_ignore_lines_ignores_nothing()
    {
        var manifest = ContextManifest.Parse("D\t100\t1\t./\nF\t100\tDockerfile\n");
        Assert.IsEmpty(manifest.IgnorePatterns);
        Assert.IsFalse(manifest.IsIgnored("Dockerfile"));
    }

    [TestMethod]
    public void Stable_sizes_are_rounded_so_small_edits_do_not_change_the_file()
    {
        var a = new ContextManifestBuilder();
        a.Add("a.txt", 120_000, isDirectory: false);
        var b = new ContextManifestBuilder();
        b.Add("a.txt", 121_000, isDirectory: false);
        Assert.AreEqual(a.Build(null), b.Build(null));
    }
}
