using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

[TestClass]
public sealed class CTZ1401Tests
{
    private const string Rule = "CTZ1401";
    private const string Net10 = "TargetFramework=net10.0 AssemblyName=App";
    private const string App = "ENTRYPOINT [\"dotnet\", \"App.dll\"]\n";

    [TestMethod]
    public void Fires_when_the_runtime_image_has_another_version() =>
        RuleAssert.Fires(Rule, "FROM [|mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled|]\n" + App,
            "The project targets net10.0 but the runtime image 'mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled' has .NET 8.0. Use the 10.0 image ('mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled').", Net10, DiagnosticSeverity.Warning);

    [TestMethod]
    public void Fires_when_the_sdk_is_older_than_the_target_framework() =>
        RuleAssert.Fires(Rule, "FROM [|mcr.microsoft.com/dotnet/sdk:8.0|] AS build\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\n" + App, "older than the project's net10.0: it cannot build it", Net10);

    [TestMethod]
    public void Reads_target_frameworks_with_one_entry() =>
        RuleAssert.Fires(Rule, "FROM [|mcr.microsoft.com/dotnet/runtime:9.0|]\n" + App, "has .NET 9.0", "TargetFrameworks=net10.0 AssemblyName=App");

    [TestMethod]
    public void Follows_the_stage_chain_to_the_runtime_image() =>
        RuleAssert.Fires(Rule, "FROM [|mcr.microsoft.com/dotnet/aspnet:6.0|] AS base\nFROM base\n" + App, "has .NET 6.0", Net10);

    [TestMethod]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0\n" + App, Net10, DisplayName = "same version")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:9.0-alpine\n" + App, "TargetFramework=net8.0 AssemblyName=App RollForward=LatestMajor", DisplayName = "RollForward=LatestMajor")]
    [DataRow("FROM mcr.microsoft.com/dotnet/runtime-deps:8.0\n" + App, "TargetFramework=net10.0 AssemblyName=App SelfContained=true", DisplayName = "self-contained brings its runtime")]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:11.0 AS build\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\n" + App, Net10, DisplayName = "newer SDK builds older targets")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:8.0\n" + App, null, DisplayName = "no project facts")]
    [DataRow("FROM debian:12\n" + App, Net10, DisplayName = "not a .NET image")]
    public void Quiet_when_the_versions_fit(string dockerfile, string? facts) => RuleAssert.Quiet(Rule, dockerfile, facts);
}
