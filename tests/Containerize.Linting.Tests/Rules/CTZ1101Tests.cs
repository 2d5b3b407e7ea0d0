using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

[TestClass]
public sealed class CTZ1101Tests
{
    private const string Rule = "CTZ1101";
    private const string Web = "TargetFramework=net10.0 AssemblyName=Shop UsingMicrosoftNETSdkWeb=true InvariantGlobalization=true";
    private const string Start = "USER $APP_UID\nENTRYPOINT [\"dotnet\", \"Shop.dll\"]\n";

    [TestMethod]
    public void Fires_on_a_drop_in_and_suggests_the_noble_chiseled_tag() =>
        RuleAssert.Fires(Rule, "FROM sdk AS build\nFROM [|mcr.microsoft.com/dotnet/aspnet:10.0|]\nCOPY --from=build /app /app\n" + Start,
            "'mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled' is a drop-in: no shell, non-root by default, smaller.", Web, DiagnosticSeverity.Info);

    [TestMethod]
    public void Keeps_patch_version_and_composite_and_uses_resolute_for_dotnet_11() =>
        RuleAssert.Fires(Rule, "FROM [|mcr.microsoft.com/dotnet/aspnet:11.0.2-composite|]\n" + Start,
            "'mcr.microsoft.com/dotnet/aspnet:11.0.2-resolute-chiseled-composite'", "TargetFramework=net11.0 AssemblyName=Shop UsingMicrosoftNETSdkWeb=true InvariantGlobalization=true");

    [TestMethod]
    public void Suggests_extra_when_the_project_may_use_cultures_and_asks_to_repin_a_digest() =>
        RuleAssert.Fires(Rule, "FROM [|mcr.microsoft.com/dotnet/runtime:8.0.11@sha256:abc|]\nENTRYPOINT [\"dotnet\", \"Shop.dll\"]\n",
            "'mcr.microsoft.com/dotnet/runtime:8.0.11-noble-chiseled-extra' is a drop-in: no shell, non-root by default, smaller. -extra keeps ICU and time-zone data. Pin the new tag by its digest", "TargetFramework=net8.0 AssemblyName=Shop");

    [TestMethod]
    public void Suggests_runtime_deps_for_a_self_contained_publish() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN dotnet publish -r linux-x64 --self-contained -o /app\nFROM [|mcr.microsoft.com/dotnet/aspnet:10.0|]\nCOPY --from=build /app /app\nENTRYPOINT [\"/app/Shop\"]\n",
            "'mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled' is a drop-in (runtime-deps: the app publishes self-contained");

    [TestMethod]
    public void Message_does_not_call_runtime_deps_a_dotnet_image()
    {
        var finding = RuleAssert.Fires(Rule, "FROM [|mcr.microsoft.com/dotnet/runtime-deps:9.0|]\nENTRYPOINT [\"/app/Tool\"]\n", "has a shell and a package manager the app does not use")[0];
        Assert.DoesNotContain("full .NET image", finding.Message);
    }

    [TestMethod]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nCOPY entrypoint.sh /\nENTRYPOINT [\"/entrypoint.sh\"]\n", DisplayName = "script entrypoint")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENTRYPOINT [\"tini\", \"--\", \"dotnet\", \"Shop.dll\"]\n", DisplayName = "tini")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nRUN apt-get update && apt-get install -y fontconfig && rm -rf /var/lib/apt/lists/*\nENTRYPOINT [\"dotnet\", \"Shop.dll\"]\n", DisplayName = "package install")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENTRYPOINT [\"gosu\", \"app\", \"dotnet\", \"Shop.dll\"]\n", DisplayName = "gosu")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS debug\nENTRYPOINT [\"dotnet\", \"Shop.dll\"]\n", DisplayName = "debug image")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENV ASPNETCORE_URLS=http://+:5000\n", DisplayName = "defines a base image")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0-alpine\nENTRYPOINT [\"dotnet\", \"Shop.dll\"]\n", DisplayName = "Alpine: not smaller")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:7.0\nENTRYPOINT [\"dotnet\", \"Shop.dll\"]\n", DisplayName = ".NET 7 has no chiseled image")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0-nanoserver-ltsc2022\nENTRYPOINT [\"dotnet\", \"Shop.dll\"]\n", DisplayName = "Windows")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\nENTRYPOINT [\"dotnet\", \"Shop.dll\"]\n", DisplayName = "already chiseled")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nHEALTHCHECK CMD curl -f http://localhost:8080/ || exit 1\nENTRYPOINT [\"dotnet\", \"Shop.dll\"]\n", DisplayName = "shell healthcheck")]
    public void Quiet_where_chiseled_is_no_drop_in(string dockerfile) => RuleAssert.Quiet(Rule, dockerfile, Web);
}
