using Containerize.Dockerfiles;
using Containerize.Generation;
using Containerize.Linting;

namespace Containerize.Generation.Tests;

/// <summary>Our own rules stay quiet on what we generate: the classic form and every BuildKit variant.</summary>
[TestClass]
public sealed class GeneratedDockerfileLintTests
{
    [TestMethod]
    [DataRow(false, false, false, false)]
    [DataRow(true, false, false, false)]
    [DataRow(true, true, false, false)]
    [DataRow(true, false, true, false)]
    [DataRow(true, true, true, true)]
    [DataRow(false, false, false, true)]
    public void Generated_dockerfile_has_no_findings(bool buildKit, bool nugetSecret, bool syntax, bool selfContained)
    {
        var facts = new ProjectFacts
        {
            ProjectFile = "src/WebApi/WebApi.csproj",
            AssemblyName = "WebApi",
            TargetFramework = "net10.0",
            IsWeb = true,
            BuildKit = buildKit,
            NuGetSecret = nugetSecret,
            DockerfileSyntax = syntax ? "docker/dockerfile:1" : null,
            SelfContained = selfContained,
            RestoreFiles = new[] { "src/WebApi/WebApi.csproj", "NuGet.config" },
            SourceDirectories = new[] { "src" },
        };
        var result = DockerfileGenerator.Generate(facts);
        Assert.IsTrue(result.Succeeded, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        var findings = Linter.Lint(Dockerfile.Parse(result.Dockerfile!));
        Assert.AreEqual(0, findings.Count, result.Dockerfile + "\n" + string.Join("\n", findings.Select(f => f.ToString())));
    }
}
