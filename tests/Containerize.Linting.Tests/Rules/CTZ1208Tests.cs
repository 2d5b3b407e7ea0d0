using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

[TestClass]
public sealed class CTZ1208Tests
{
    private const string Rule = "CTZ1208";
    private const string Build = "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nWORKDIR /src\nCOPY . .\nRUN dotnet publish -c Release -o /src/out\n";

    [TestMethod]
    public void Fires_on_the_whole_source_tree() =>
        RuleAssert.Fires(Rule, Build + "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nCOPY --from=build [|/src|] /app\n",
            "COPY --from=build '/src' takes the build stage's whole source tree (sources, obj/, bin/).", severity: DiagnosticSeverity.Warning);

    [TestMethod]
    public void Fires_on_an_obj_folder() =>
        RuleAssert.Fires(Rule, Build + "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nCOPY --from=build [|/src/obj|] /app/obj\n", "intermediate obj/ folder");

    [TestMethod]
    public void Fires_on_a_project_folder_under_the_tree() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/framework/sdk:4.8.1 AS build\nWORKDIR /app\nCOPY WcfApp/. .\nRUN msbuild /p:Configuration=Release\nFROM mcr.microsoft.com/dotnet/framework/wcf:4.8.1\nCOPY --from=build [|/app/|] .\n", "whole source tree");

    [TestMethod]
    [DataRow(Build + "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nCOPY --from=build /src/out /app\n", DisplayName = "the -o output under the tree")]
    [DataRow(Build + "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nCOPY --from=build /src/bin/Release/net10.0/publish /app\n", DisplayName = "a publish folder")]
    [DataRow("FROM debian:12 AS download\nWORKDIR /actions-runner\nRUN curl -sL https://example.com/runner.tgz | tar -xz\nFROM debian:12\nCOPY --from=download /actions-runner /actions-runner\n", DisplayName = "an extracted release, not a build")]
    [DataRow("FROM ubuntu:focal AS copytask\nCOPY UI/Web/dist/browser /files/wwwroot\nFROM ubuntu:focal\nCOPY --from=copytask /files/wwwroot /app/wwwroot\n", DisplayName = "a stage that builds nothing")]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nWORKDIR /dotnet\nRUN curl -sL https://example.com/aspnetcore.tar.gz | tar -xz\nRUN dotnet --info\nFROM debian:12\nCOPY --from=build /dotnet /dotnet\n", DisplayName = "a WORKDIR without sources")]
    [DataRow(Build + "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nCOPY --from=build /src/out/ /app/\n", DisplayName = "trailing slash on the output")]
    public void Quiet_for_publish_outputs_and_artifacts(string dockerfile) => RuleAssert.Quiet(Rule, dockerfile);
}
