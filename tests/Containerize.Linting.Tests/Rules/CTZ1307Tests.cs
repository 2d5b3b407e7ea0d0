using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

[TestClass]
public sealed class CTZ1307Tests
{
    private const string Rule = "CTZ1307";
    private const string App = "COPY --from=build /app /app\nENTRYPOINT [\"dotnet\", \"/app/App.dll\"]\n";

    [TestMethod]
    public void Fires_on_aspnetcore_environment_development() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENV [|ASPNETCORE_ENVIRONMENT=Development|]\n" + App,
            "ASPNETCORE_ENVIRONMENT=Development is baked into the image: every container shows developer error pages", severity: DiagnosticSeverity.Warning);

    [TestMethod]
    public void Fires_on_dotnet_environment_among_other_pairs() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/runtime:10.0\nENV A=1 [|DOTNET_ENVIRONMENT=development|] B=2\n" + App, "docker run -e DOTNET_ENVIRONMENT=Development");

    [TestMethod]
    public void Fires_on_a_quoted_value() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENV [|ASPNETCORE_ENVIRONMENT=\"Development\"|]\n" + App, "is baked into the image");

    [TestMethod]
    public void Fires_when_inherited_from_a_base_stage() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS base\nENV [|ASPNETCORE_ENVIRONMENT=Development|]\nFROM base\n" + App, "Leave it unset");

    [TestMethod]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENV ASPNETCORE_ENVIRONMENT=Production\n" + App, DisplayName = "Production")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENV DOTNET_ENVIRONMENT=Staging\n" + App, DisplayName = "Staging")]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:7.0\nENV ASPNETCORE_ENVIRONMENT=Development\nENV DOTNET_USE_POLLING_FILE_WATCHER=true\nENTRYPOINT [\"dotnet\", \"run\", \"--no-build\"]\n", DisplayName = "Dockerfile.develop")]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nENV ASPNETCORE_ENVIRONMENT=Development\nRUN dotnet test\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\n" + App, DisplayName = "only in a build stage")]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:10.0\nENV ASPNETCORE_ENVIRONMENT=Development\nENTRYPOINT [\"dotnet\", \"watch\"]\n", DisplayName = "dotnet watch")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENV ASPNETCORE_URLS=http://+:8080\n" + App, DisplayName = "not set")]
    public void Quiet_outside_shipped_images_or_for_other_environments(string dockerfile) => RuleAssert.Quiet(Rule, dockerfile);
}
