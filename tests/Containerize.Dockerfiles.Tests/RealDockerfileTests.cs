using Containerize.Testing;

namespace Containerize.Dockerfiles.Tests;

/// <summary>
/// The 100 real-world Dockerfiles of ../shared/corpus (some are copyleft: read there, never copied here),
/// each against BuildKit's dump and per-instruction JSON.
/// </summary>
[TestClass]
public sealed class RealDockerfileTests
{
    public static IEnumerable<object[]> Files
    {
        get
        {
            var corpus = TestPaths.Corpus;
            if (corpus is null)
            {
                // One case that reports the missing corpus (a failure under CI=true).
                return new[] { new object[] { "(corpus missing)" } };
            }

            return Directory.GetFiles(Path.Combine(corpus, "real-dockerfiles"))
                .Select(Path.GetFileName)
                .Where(n => n != "index.json")
                .OrderBy(n => n, StringComparer.Ordinal)
                .Select(n => new object[] { n! });
        }
    }

    [TestMethod]
    [DynamicData(nameof(Files))]
    public void Real_dockerfile_matches_buildkit(string name)
    {
        var corpus = TestPaths.RequireCorpus();
        var dockerfile = BuildKitConformanceTests.ParseFile(Path.Combine(corpus, "real-dockerfiles", name));
        Assert.IsFalse(dockerfile.HasErrors, string.Join("\n", dockerfile.Diagnostics));
        var expected = File.ReadAllText(Path.Combine(corpus, "real-dockerfiles-expected", name + ".result"));
        Assert.AreEqual(expected, dockerfile.Dump() + "\n");
        CorpusJson.AssertMatches(dockerfile, Path.Combine(corpus, "real-dockerfiles-expected", name + ".json"));
    }

    [TestMethod]
    [DynamicData(nameof(Files))]
    public void Real_dockerfile_survives_write_and_reparse(string name)
    {
        var corpus = TestPaths.RequireCorpus();
        var original = BuildKitConformanceTests.ParseFile(Path.Combine(corpus, "real-dockerfiles", name));
        var reparsed = Dockerfile.Parse(DockerfileWriter.Write(original));
        ModelAssert.SameInstructions(original, reparsed);
    }

    [TestMethod]
    public void Corpus_has_one_hundred_files()
    {
        TestPaths.RequireCorpus();
        Assert.HasCount(100, Files.ToList());
    }
}
