using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

[TestClass]
public sealed class CTZ1207Tests
{
    private const string Rule = "CTZ1207";

    [TestMethod]
    public void Fires_on_an_sdk_final_image_and_suggests_a_chiseled_runtime() =>
        RuleAssert.Fires(Rule, "FROM [|mcr.microsoft.com/dotnet/sdk:10.0|]\nCOPY . .\nRUN dotnet publish -o /app\nENTRYPOINT [\"dotnet\", \"/app/App.dll\"]\n",
            "copy the published output into mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled (or runtime / runtime-deps)", severity: DiagnosticSeverity.Warning);

    [TestMethod]
    public void Dotnet_11_suggestion_uses_resolute() =>
        RuleAssert.Fires(Rule, "FROM [|mcr.microsoft.com/dotnet/sdk:11.0|]\nCOPY --from=build /app /app\nENTRYPOINT [\"dotnet\", \"/app/App.dll\"]\n", "aspnet:11.0-resolute-chiseled");

    [TestMethod]
    public void Fires_on_other_build_images() =>
        RuleAssert.Fires(Rule, "FROM [|golang:1.22|]\nCOPY . .\nRUN go build -o /app\nENTRYPOINT [\"/app\"]\n", "a build-tools image");

    [TestMethod]
    public void Fires_when_the_only_stage_compiles() =>
        RuleAssert.Fires(Rule, "FROM debian:12\nCOPY . .\n[|RUN make && make install|]\nENTRYPOINT [\"/usr/local/bin/app\"]\n", "compiles in the only stage");

    [TestMethod]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN dotnet publish -o /app\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\nCOPY --from=build /app /app\nENTRYPOINT [\"dotnet\", \"/app/App.dll\"]\n", DisplayName = "multi-stage")]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:10.0-alpine\nRUN apk add --no-cache clang cmake protobuf\n", DisplayName = "build-environment image definition")]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS testrunner\nCOPY . .\nENTRYPOINT [\"dotnet\", \"test\"]\n", DisplayName = "test runner")]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:7.0\nENV DOTNET_USE_POLLING_FILE_WATCHER=true\nCOPY . .\nENTRYPOINT [\"dotnet\", \"run\", \"--no-build\"]\n", DisplayName = "Dockerfile.develop dev container")]
    [DataRow("FROM mcr.microsoft.com/powershell:7.4-ubuntu-22.04\nRUN apt-get update && apt-get install -y dotnet-sdk-8.0\n", DisplayName = "CI image")]
    [DataRow("FROM debian:12 AS builder\nENTRYPOINT [\"/build.sh\"]\nRUN apt-get install -y gcc\n", DisplayName = "builder image")]
    public void Quiet_where_the_sdk_is_the_point(string dockerfile) => RuleAssert.Quiet(Rule, dockerfile);
}
