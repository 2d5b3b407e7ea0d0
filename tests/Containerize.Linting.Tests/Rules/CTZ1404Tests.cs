using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

[TestClass]
public sealed class CTZ1404Tests
{
    private const string Rule = "CTZ1404";
    private const string Web = "TargetFramework=net10.0 AssemblyName=Api UsingMicrosoftNETSdkWeb=true";

    [TestMethod]
    public void Self_contained_by_publish_flags_on_aspnet() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN dotnet publish -c Release -r linux-x64 --self-contained -o /app\nFROM [|mcr.microsoft.com/dotnet/aspnet:10.0-alpine|]\nCOPY --from=build /app /app\n",
            "(line 2) publishes self-contained, so the app brings its own runtime, yet 'mcr.microsoft.com/dotnet/aspnet:10.0-alpine' carries .NET too: the runtime ships twice. Use 'mcr.microsoft.com/dotnet/runtime-deps:10.0-alpine'.",
            severity: DiagnosticSeverity.Warning);

    [TestMethod]
    public void A_rid_implied_self_contained_before_dotnet_8() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/sdk:6.0 AS build\nRUN dotnet publish -r linux-x64 -o /app\nFROM [|mcr.microsoft.com/dotnet/runtime:6.0|]\nCOPY --from=build /app /app\n", "publishes self-contained");

    [TestMethod]
    public void Aot_project_on_a_runtime_image() =>
        RuleAssert.Fires(Rule, "FROM [|mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled|]\nENTRYPOINT [\"./Tool\"]\n", "The project publishes Native AOT, so the app brings its own runtime", "TargetFramework=net10.0 AssemblyName=Tool PublishAot=true");

    [TestMethod]
    public void Framework_dependent_publish_on_runtime_deps() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN dotnet publish --no-self-contained -o /app\nFROM [|mcr.microsoft.com/dotnet/runtime-deps:10.0|]\nCOPY --from=build /app /app\n",
            "The app publishes framework-dependent but 'mcr.microsoft.com/dotnet/runtime-deps:10.0' has no .NET runtime: the host will fail at start with 'You must install .NET'. Use the aspnet image", Web);

    [TestMethod]
    public void Web_app_on_the_base_runtime() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN dotnet publish -o /app\nFROM [|mcr.microsoft.com/dotnet/runtime:10.0|]\nCOPY --from=build /app /app\n", "not Microsoft.AspNetCore.App", Web + " SelfContained=false");

    [TestMethod]
    public void Console_app_on_aspnet_when_the_framework_references_are_known() =>
        RuleAssert.Fires(Rule, "FROM [|mcr.microsoft.com/dotnet/aspnet:10.0|]\nENTRYPOINT [\"dotnet\", \"Worker.dll\"]\n", "Use the smaller runtime image ('mcr.microsoft.com/dotnet/runtime:10.0')",
            "TargetFramework=net10.0 AssemblyName=Worker OutputType=Exe ContainerizeFrameworkReferences=Microsoft.NETCore.App", DiagnosticSeverity.Info);

    [TestMethod]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN dotnet publish -r linux-x64 -o /app\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\n", Web, DisplayName = "since .NET 8, -r is framework-dependent")]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:6.0 AS build\nRUN dotnet publish -r linux-x64 --no-self-contained -p:PublishReadyToRun=true -o /app\nFROM mcr.microsoft.com/dotnet/aspnet:6.0\n", Web, DisplayName = "explicit --no-self-contained")]
    [DataRow("FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-alpine\nCOPY ${PUBLISH_DIR} /app\n", "TargetFramework=net10.0 AssemblyName=azmcp OutputType=Exe", DisplayName = "published outside Docker: project defaults may not apply")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:9.0\nENTRYPOINT [\"dotnet\", \"azmcp.dll\"]\n", "TargetFramework=net9.0 AssemblyName=azmcp OutputType=Exe", DisplayName = "console app whose framework references are unknown")]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN dotnet publish -c Release -o /app\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\n", Web, DisplayName = "framework-dependent web app on aspnet")]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN dotnet publish -r linux-x64 --self-contained -o /app\nFROM mcr.microsoft.com/dotnet/runtime-deps:10.0\n", Web, DisplayName = "self-contained on runtime-deps")]
    public void Quiet_when_the_image_fits(string dockerfile, string facts) => RuleAssert.Quiet(Rule, dockerfile, facts);
}
