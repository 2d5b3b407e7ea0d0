using Containerize.Diagnostics;
using Containerize.Linting.Rules;

namespace Containerize.Linting.Tests;

/// <summary>The port CTZ1405 reads from each ASPNETCORE_URLS entry.</summary>
[TestClass]
public sealed class ListeningPortTests
{
    [TestMethod]
    [DataRow("http://+:8080", "8080")]
    [DataRow("http://*:5000/", "5000")]
    [DataRow("https://[::]:443", "443")]
    [DataRow("http://0.0.0.0:80", "80")]
    [DataRow("http://localhost", null)]
    [DataRow("http://+:", null)]
    [DataRow("8080", null)]
    [DataRow("", null)]
    public void Port_is_the_digits_after_the_last_colon(string url, string? expected) =>
        Assert.AreEqual(expected, ExposeMismatchRule.UrlPort(url));

    [TestMethod]
    public void Urls_with_several_entries_are_all_checked()
    {
        var findings = Linter.Lint(
            "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENV ASPNETCORE_URLS=\"http://+:5000;https://+:5001\"\nEXPOSE 5000\nUSER $APP_UID\n",
            new LintOptions { Project = new ProjectFacts(new Dictionary<string, string> { ["TargetFramework"] = "net10.0", ["UsingMicrosoftNETSdkWeb"] = "true" }) });
        var expose = findings.Where(f => f.RuleId == DiagnosticCatalog.ExposeMismatch.Id).ToList();
        Assert.HasCount(1, expose);
        StringAssert.Contains(expose[0].Message, "listens on 5001");
    }
}
