using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

[TestClass]
public sealed class CTZ1202Tests
{
    private const string Rule = "CTZ1202";

    [TestMethod]
    public void Fires_on_consecutive_single_command_runs_that_ship() =>
        RuleAssert.Fires(Rule, "FROM debian:12\nRUN mkdir /a\n[|RUN|] mkdir /b\n", "follows another single-command RUN (line 2)", severity: DiagnosticSeverity.Info);

    [TestMethod]
    public void Each_run_of_a_chain_is_reported() =>
        RuleAssert.Fires(Rule, "FROM debian:12\nRUN mkdir /a\n[|RUN|] mkdir /b\n[|RUN|] mkdir /c\n", "Join them with '&&' into one RUN.");

    [TestMethod]
    public void Stages_the_final_image_is_built_from_ship_too() =>
        RuleAssert.Fires(Rule, "FROM debian:12 AS base\nRUN mkdir /a\n[|RUN|] mkdir /b\nFROM base\nUSER 1000\n", "line 2");

    [TestMethod]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN sed -i s/a/b/ x\nRUN sed -i s/c/d/ y\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\n", DisplayName = "build stage that never ships")]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:10.0\nRUN dotnet restore\nRUN dotnet build --no-restore\n", DisplayName = "restore then build")]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:10.0\nRUN dotnet build -c Release\nRUN dotnet publish --no-build -o /app\n", DisplayName = "build then publish")]
    [DataRow("FROM debian:12\nRUN mkdir /a && mkdir /b\n", DisplayName = "already one RUN")]
    [DataRow("FROM debian:12\nRUN mkdir /a\nRUN --mount=type=cache,target=/root/.cache mkdir /b\n", DisplayName = "different flags")]
    [DataRow("FROM debian:12\nRUN mkdir /a\nCOPY x /x\nRUN mkdir /b\n", DisplayName = "not consecutive")]
    public void Quiet_where_merging_saves_nothing(string dockerfile) => RuleAssert.Quiet(Rule, dockerfile);
}
