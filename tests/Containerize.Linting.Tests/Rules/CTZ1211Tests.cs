using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

[TestClass]
public sealed class CTZ1211Tests
{
    private const string Rule = "CTZ1211";
    private const string Sdk = "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nWORKDIR /src\nCOPY . .\n";

    [TestMethod]
    public void Visual_studio_template_is_an_incremental_second_build() =>
        RuleAssert.Fires(Rule, Sdk + "RUN dotnet build App.csproj -c $BUILD_CONFIGURATION -o /app/build\nFROM build AS publish\n[|RUN dotnet publish App.csproj -c $BUILD_CONFIGURATION -o /app/publish|]\n",
            "'dotnet build' (line 4) already built $BUILD_CONFIGURATION into '/app/build'; this publish builds again (incrementally), and '/app/build' is never used. Add --no-build", severity: DiagnosticSeverity.Info);

    [TestMethod]
    public void A_debug_build_then_a_release_publish_is_a_full_second_compile() =>
        RuleAssert.Fires(Rule, Sdk + "RUN dotnet build -o /app/build\n[|RUN dotnet publish -o /app/publish|]\n",
            "'dotnet build' (line 4) compiles Debug into '/app/build', then this publish compiles everything again in Release.", severity: DiagnosticSeverity.Warning);

    [TestMethod]
    public void Before_dotnet_8_publish_built_debug_by_default() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/sdk:7.0 AS build\nRUN dotnet build -o /app/build\n[|RUN dotnet publish -o /app/publish|]\n", "already built Debug", severity: DiagnosticSeverity.Info);

    [TestMethod]
    public void A_test_in_another_configuration_rebuilds() =>
        RuleAssert.Fires(Rule, Sdk + "[|RUN dotnet build -c Release --no-restore && dotnet test|]\n", "Add --no-build and -c Release", severity: DiagnosticSeverity.Info);

    [TestMethod]
    public void Both_in_one_heredoc_or_chain() =>
        RuleAssert.Fires(Rule, Sdk + "[|RUN dotnet build -c Release && dotnet publish -c Release -o /app|]\n", "this publish builds again");

    [TestMethod]
    [DataRow(Sdk + "RUN dotnet build -c Release\nRUN dotnet publish -c Release --no-build -o /app\n", DisplayName = "--no-build")]
    [DataRow(Sdk + "RUN dotnet publish -c Release -o /app\n", DisplayName = "publish only")]
    [DataRow(Sdk + "RUN dotnet build -c Release\nFROM mcr.microsoft.com/dotnet/sdk:10.0 AS other\nRUN dotnet publish -o /app\n", DisplayName = "publish in an unrelated stage")]
    [DataRow(Sdk + "RUN dotnet build -c Release --no-restore\nRUN dotnet test -c Release --no-build\nRUN dotnet publish -c Release --no-build -o /app\n", DisplayName = "test and publish --no-build")]
    [DataRow(Sdk + "RUN dotnet restore\nRUN dotnet publish -o /app\n", DisplayName = "restore is not a build")]
    [DataRow(Sdk + "RUN dotnet test -c Release\n", DisplayName = "test only")]
    public void Quiet_when_the_app_is_built_once(string dockerfile) => RuleAssert.Quiet(Rule, dockerfile);
}
