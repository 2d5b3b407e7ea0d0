using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

[TestClass]
public sealed class CTZ1305Tests
{
    private const string Rule = "CTZ1305";

    [TestMethod]
    public void Fires_on_copy_of_the_context_into_root() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/aspnet:10.0\n[|COPY . /|]\n", "'COPY . /' copies into the file-system root: the destination is /. Set 'WORKDIR /app' first", severity: DiagnosticSeverity.Warning);

    [TestMethod]
    public void Fires_on_a_relative_copy_without_workdir_in_the_final_image() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/sdk:6.0 AS build\nRUN dotnet publish -o /out\nFROM mcr.microsoft.com/dotnet/sdk:6.0\n[|COPY --from=build /out .|]\nENTRYPOINT [\"dotnet\", \"/App.dll\"]\n",
            "'COPY --from=build /out .' copies into the file-system root: '.' is / here (no WORKDIR).", severity: DiagnosticSeverity.Warning);

    [TestMethod]
    public void A_build_variable_folder_counts() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/aspnet:9.0.8-bookworm-slim\nARG PUBLISH_DIR\n[|COPY ${PUBLISH_DIR} .|]\n", "'.' is / here");

    [TestMethod]
    public void In_a_build_stage_it_is_info() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/sdk:6.0 AS build-env\n[|COPY . ./|]\nRUN dotnet publish -o out\nFROM mcr.microsoft.com/dotnet/runtime:6.0\nWORKDIR /app\nCOPY --from=build-env /out .\n", "'./' is / here", severity: DiagnosticSeverity.Info);

    [TestMethod]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nWORKDIR /app\nCOPY --from=build /out .\n", DisplayName = "WORKDIR set")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS base\nWORKDIR /app\nFROM base\nCOPY --from=build /out .\n", DisplayName = "WORKDIR inherited")]
    [DataRow("FROM scratch\nCOPY --from=builder / /\n", DisplayName = "squashing a file system")]
    [DataRow("FROM scratch\nCOPY --from=installer /rootfs /\n", DisplayName = "assembling a rootfs")]
    [DataRow("FROM node:20\nCOPY . .\n", DisplayName = "base image may set its own WORKDIR")]
    [DataRow("FROM debian:12\nCOPY entrypoint.sh /\n", DisplayName = "a single file")]
    [DataRow("FROM debian:12\nCOPY --from=build /app/docker-entrypoint.sh /\n", DisplayName = "a single file from a stage")]
    public void Quiet_when_files_do_not_spread_over_root(string dockerfile) => RuleAssert.Quiet(Rule, dockerfile);
}
