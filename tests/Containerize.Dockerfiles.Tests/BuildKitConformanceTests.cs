using Containerize.Testing;

namespace Containerize.Dockerfiles.Tests;

/// <summary>BuildKit's own parser cases (copied into testdata/buildkit with attribution): dumps byte for byte.</summary>
[TestClass]
public sealed class BuildKitConformanceTests
{
    private static readonly string Cases = Path.Combine(AppContext.BaseDirectory, "testdata", "buildkit");

    public static IEnumerable<object[]> Positive => CaseNames("positive");

    public static IEnumerable<object[]> Negative => CaseNames("negative");

    public static IEnumerable<object[]> Derived => CaseNames("derived");

    [TestMethod]
    [DynamicData(nameof(Positive))]
    public void Positive_case_dumps_exactly_as_buildkit(string name) => AssertDump(Path.Combine(Cases, "positive", name));

    [TestMethod]
    [DynamicData(nameof(Derived))]
    public void Derived_case_dumps_exactly_as_buildkit(string name)
    {
        var dir = Path.Combine(Cases, "derived", name);
        AssertDump(dir);
        CorpusJson.AssertMatches(ParseFile(Path.Combine(dir, "Dockerfile")), Path.Combine(dir, "parsed.json"));
    }

    [TestMethod]
    [DynamicData(nameof(Negative))]
    public void Negative_case_is_refused_with_a_coded_error(string name)
    {
        var dockerfile = ParseFile(Path.Combine(Cases, "negative", name, "Dockerfile"));
        Assert.IsTrue(dockerfile.HasErrors, "BuildKit refuses this file; so must we");
        var error = dockerfile.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
        StringAssert.StartsWith(error.Id, "CTZ0");
        Assert.IsGreaterThan(20, error.Message.Length, "the message should say what to do");
    }

    [TestMethod]
    public void All_cases_are_present()
    {
        Assert.HasCount(33, Positive.ToList());
        Assert.HasCount(4, Negative.ToList());
        Assert.HasCount(4, Derived.ToList());
    }

    internal static Dockerfile ParseFile(string path) => Dockerfile.Parse(File.ReadAllBytes(path));

    private static void AssertDump(string dir)
    {
        var dockerfile = ParseFile(Path.Combine(dir, "Dockerfile"));
        Assert.IsFalse(dockerfile.HasErrors, string.Join("\n", dockerfile.Diagnostics));
        var expected = File.ReadAllText(Path.Combine(dir, "result"));
        Assert.AreEqual(expected, dockerfile.Dump() + "\n");
    }

    private static IEnumerable<object[]> CaseNames(string kind) =>
        Directory.GetDirectories(Path.Combine(Cases, kind)).Select(d => new object[] { Path.GetFileName(d) }).OrderBy(a => (string)a[0], StringComparer.Ordinal);
}
