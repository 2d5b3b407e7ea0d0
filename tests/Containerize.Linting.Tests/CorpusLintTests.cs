using System.Diagnostics;
using Containerize.Dockerfiles;
using Containerize.Testing;

namespace Containerize.Linting.Tests;

/// <summary>The 100 real Dockerfiles: no exception, no internal-error finding, and a finding count per rule.</summary>
[TestClass]
public sealed class CorpusLintTests
{
    [TestMethod]
    public void Linting_the_real_dockerfiles_never_fails()
    {
        var corpus = TestPaths.RequireCorpus();
        var files = Directory.GetFiles(Path.Combine(corpus, "real-dockerfiles")).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.HasCount(100, files);
        var counts = new Dictionary<string, int>();
        var watch = Stopwatch.StartNew();
        foreach (var file in files)
        {
            var findings = Linter.Lint(Dockerfile.Parse(File.ReadAllBytes(file)));
            foreach (var f in findings)
            {
                Assert.DoesNotContain("could not analyze", f.Message, $"{Path.GetFileName(file)}: {f}");
                Assert.IsTrue(f.Span.End <= new FileInfo(file).Length * 2, "span inside the file");
                counts[f.RuleId] = counts.TryGetValue(f.RuleId, out var n) ? n + 1 : 1;
            }
        }

        Console.WriteLine($"{files.Count} files linted in {watch.Elapsed.TotalMilliseconds:F0} ms");
        foreach (var pair in counts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Console.WriteLine($"{pair.Key} {pair.Value}");
        }

        Assert.IsGreaterThan(5, counts.Count, "real Dockerfiles trigger several rules");
    }
}
