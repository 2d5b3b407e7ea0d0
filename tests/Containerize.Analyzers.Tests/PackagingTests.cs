namespace Containerize.Analyzers.Tests;

/// <summary>The analyzer is one self-contained assembly: what a cold compiler process loads (docs/performance.md).</summary>
[TestClass]
public sealed class PackagingTests
{
    [TestMethod]
    public void Analyzer_assembly_carries_the_rules_and_the_parser_itself()
    {
        var assembly = typeof(DockerfileAnalyzer).Assembly;
        var ours = assembly.GetReferencedAssemblies().Where(a => a.Name!.StartsWith("Containerize.", StringComparison.Ordinal)).Select(a => a.Name).ToList();
        Assert.IsEmpty(ours, "Containerize.Analyzers must not reference " + string.Join(", ", ours) + ": compile those sources in instead");
        Assert.IsNotNull(assembly.GetType("Containerize.Linting.RuleCatalog"));
        Assert.IsNotNull(assembly.GetType("Containerize.Dockerfiles.Dockerfile"));
    }

    [TestMethod]
    public void Analyzer_references_only_roslyn_and_the_framework()
    {
        var names = typeof(DockerfileAnalyzer).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        var others = names.Where(n => !(n.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) || n is "netstandard" || n.StartsWith("System.", StringComparison.Ordinal))).ToList();
        Assert.IsEmpty(others, "unexpected references: " + string.Join(", ", others));
    }
}
