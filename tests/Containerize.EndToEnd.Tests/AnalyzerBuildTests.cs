using System.Text.Json;
using Containerize.Testing;

namespace Containerize.EndToEnd.Tests;

/// <summary>The analyzers in a real <c>dotnet build</c> of a sample with a wasteful hand-written Dockerfile.</summary>
[TestClass]
public sealed class AnalyzerBuildTests
{
    [TestMethod]
    public void Dotnet_build_reports_the_dockerfile_mistakes_at_their_lines()
    {
        var workspace = SampleWorkspace.Prepare("wasteful", "src/Wasteful/Wasteful.csproj");
        var output = workspace.Build().Output;
        var warnings = Warnings(output);
        CollectionAssert.IsSubsetOf(
            new[] { "(4,1) CTZ1209", "(9,1) CTZ1203", "(10,1) CTZ1204" },
            warnings,
            "got:\n" + string.Join("\n", warnings));
        StringAssert.Contains(output, "CTZ2004", "the hand-written Dockerfile is reported as the user's");
    }

    [TestMethod]
    public void Editorconfig_severity_in_file_suppression_and_sarif_work()
    {
        var workspace = SampleWorkspace.Prepare("wasteful", "src/Wasteful/Wasteful.csproj");
        File.WriteAllText(Path.Combine(workspace.Root, ".editorconfig"), "root = true\n\n[*.cs]\ndotnet_diagnostic.CTZ1209.severity = none\ndotnet_diagnostic.CTZ1203.severity = error\n");
        var dockerfile = File.ReadAllText(workspace.DockerfilePath).Replace("RUN chown -R", "# containerize ignore=CTZ1204\nRUN chown -R");
        File.WriteAllText(workspace.DockerfilePath, dockerfile);
        var sarif = Path.Combine(workspace.Root, "out.sarif");

        var env = new Dictionary<string, string> { ["ContainerizeImageRegistry"] = DockerEngine.Registry };
        var result = ProcessRunner.Run("dotnet", $"build \"{workspace.ProjectPath}\" -nologo \"-p:ErrorLog={sarif}%2Cversion=2.1\"", workspace.Root, env, TimeSpan.FromMinutes(5));
        Assert.AreNotEqual(0, result.ExitCode, "CTZ1203 raised to error must fail the build:\n" + result);
        StringAssert.Contains(result.Output, "Dockerfile(9,1): error CTZ1203");
        Assert.DoesNotContain("CTZ1209", result.Output, ".editorconfig set CTZ1209 to none");
        Assert.DoesNotContain("CTZ1204", result.Output, "the in-file pragma suppresses CTZ1204");

        using var log = JsonDocument.Parse(File.ReadAllText(sarif));
        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var finding = results.Single(r => r.GetProperty("ruleId").GetString() == "CTZ1203");
        Assert.AreEqual("error", finding.GetProperty("level").GetString());
        var location = finding.GetProperty("locations")[0].GetProperty("physicalLocation");
        StringAssert.EndsWith(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!, "src/Wasteful/Dockerfile");
        Assert.AreEqual(9, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.AreEqual(1, location.GetProperty("region").GetProperty("startColumn").GetInt32());
    }

    private static List<string> Warnings(string output) =>
        output.Split('\n')
            .Select(l => System.Text.RegularExpressions.Regex.Match(l, @"Dockerfile\((\d+),(\d+)\): (?:warning|error) (CTZ\d{4})"))
            .Where(m => m.Success)
            .Select(m => $"({m.Groups[1].Value},{m.Groups[2].Value}) {m.Groups[3].Value}")
            .Distinct()
            .ToList();
}
