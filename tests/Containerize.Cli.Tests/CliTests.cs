using System.Text;
using System.Text.Json;
using Containerize.Testing;

namespace Containerize.Cli.Tests;

/// <summary>The containerize verbs as a user runs them (in-process: the same entry point as the tool).</summary>
[TestClass]
public sealed class CliTests
{
    private static readonly string Cases = Path.Combine(TestPaths.RepoRoot, "tests", "Containerize.Dockerfiles.Tests", "testdata", "buildkit");

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new MemoryStream();
        var stderr = new StringWriter();
        var exit = CommandLine.Run(args, stdout, stderr);
        return (exit, Encoding.UTF8.GetString(stdout.ToArray()), stderr.ToString());
    }

    [TestMethod]
    public void Dump_prints_buildkits_dump_and_exits_zero()
    {
        var dir = Path.Combine(Cases, "positive", "health");
        var (exit, output, _) = Run("dump", Path.Combine(dir, "Dockerfile"));
        Assert.AreEqual(0, exit);
        Assert.AreEqual(File.ReadAllText(Path.Combine(dir, "result")), output);
    }

    [TestMethod]
    public void Dump_of_a_file_buildkit_refuses_exits_one_with_coded_diagnostics()
    {
        var (exit, output, error) = Run("dump", Path.Combine(Cases, "negative", "env_no_value", "Dockerfile"));
        Assert.AreEqual(1, exit);
        Assert.AreEqual(string.Empty, output);
        StringAssert.Contains(error, "error CTZ0004");
    }

    [TestMethod]
    public void Dump_json_has_the_corpus_fields()
    {
        var (exit, output, _) = Run("dump", "--json", Path.Combine(Cases, "derived", "heredoc-extract", "Dockerfile"));
        Assert.AreEqual(0, exit);
        using var json = JsonDocument.Parse(output);
        var heredoc = json.RootElement.GetProperty("children").EnumerateArray().First(c => c.TryGetProperty("heredocs", out _));
        Assert.IsTrue(heredoc.GetProperty("start_line").GetInt32() > 0);
        Assert.AreEqual("EMPTY", heredoc.GetProperty("heredocs")[0].GetProperty("name").GetString());
        Assert.AreEqual("\\", json.RootElement.GetProperty("escape_token").GetString());
    }

    [TestMethod]
    public void Lint_reports_in_text_json_and_sarif()
    {
        var file = Path.Combine(TestPaths.RepoRoot, "samples", "wasteful", "src", "Wasteful", "Dockerfile");
        var (exit, text, _) = Run("lint", file, "--no-context");
        Assert.AreEqual(0, exit, "warnings only");
        StringAssert.Contains(text, "Dockerfile(9,1): warning CTZ1203");

        var (_, json, _) = Run("lint", "--format", "json", file, "--no-context");
        using var items = JsonDocument.Parse(json);
        var first = items.RootElement.EnumerateArray().First(i => i.GetProperty("id").GetString() == "CTZ1203");
        foreach (var field in new[] { "id", "severity", "file", "line", "column", "endLine", "endColumn", "message" })
        {
            Assert.IsTrue(first.TryGetProperty(field, out _), "missing " + field);
        }

        var (_, sarif, _) = Run("lint", "--format", "sarif", file, "--no-context");
        using var log = JsonDocument.Parse(sarif);
        Assert.AreEqual("2.1.0", log.RootElement.GetProperty("version").GetString());
        Assert.IsTrue(log.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength() >= 4);
    }

    [TestMethod]
    public void Lint_exits_one_on_an_error_and_uses_project_properties()
    {
        var path = Path.Combine(Path.GetTempPath(), "ctz-cli-" + Guid.NewGuid().ToString("N") + ".Dockerfile");
        File.WriteAllText(path, "FROM mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled\nENTRYPOINT dotnet App.dll\n");
        try
        {
            var (exit, output, _) = Run("lint", path, "--no-context", "--property", "TargetFramework=net10.0", "--property", "AssemblyName=Shop");
            Assert.AreEqual(1, exit);
            StringAssert.Contains(output, "error CTZ1303");
            StringAssert.Contains(output, "CTZ1401", "the project facts enable the cross-checks");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [TestMethod]
    public void Lint_stats_over_the_real_dockerfiles_count_findings_per_rule_and_time_each_file()
    {
        var corpus = TestPaths.RequireCorpus();
        var files = Directory.GetFiles(Path.Combine(corpus, "real-dockerfiles")).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        var (exit, output, _) = Run(new[] { "lint", "--no-context", "--stats" }.Concat(files).ToArray());
        Assert.AreEqual(0, exit);
        StringAssert.Contains(output, "100 file(s)");
        StringAssert.Contains(output, "findings per rule:");
        StringAssert.Contains(output, "  CTZ1201  ");
        StringAssert.Contains(output, "mean after the first:");
    }

    [TestMethod]
    public void Bad_usage_says_how_to_call()
    {
        Assert.AreEqual(2, Run("lint").Exit);
        Assert.AreEqual(2, Run("frobnicate").Exit);
        var missing = Run("dump", "/no/such/Dockerfile");
        Assert.AreEqual(2, missing.Exit);
        StringAssert.Contains(missing.Err, "cannot read");
    }
}
