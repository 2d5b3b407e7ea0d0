using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

[TestClass]
public sealed class CTZ1301Tests
{
    private const string Rule = "CTZ1301";
    private const string App = "COPY --from=build /app /app\nENTRYPOINT [\"dotnet\", \"/app/App.dll\"]\n";

    [TestMethod]
    public void Fires_on_a_dotnet_8_image_without_user_and_suggests_app_uid() =>
        RuleAssert.Fires(Rule, "FROM [|mcr.microsoft.com/dotnet/aspnet:10.0|]\n" + App,
            "The final stage never sets USER, and 'mcr.microsoft.com/dotnet/aspnet:10.0' runs as root by default. Add 'USER $APP_UID' (defined by .NET 8+ images)", severity: DiagnosticSeverity.Warning);

    [TestMethod]
    public void Before_dotnet_8_there_is_no_app_uid() =>
        RuleAssert.Fires(Rule, "FROM [|mcr.microsoft.com/dotnet/aspnet:6.0|]\n" + App, ".NET images before 8.0 define none, so create one");

    [TestMethod]
    public void Fires_on_a_last_user_root() =>
        RuleAssert.Fires(Rule, "FROM debian:12\nRUN useradd app\n[|USER root|]\n", "The last USER of this stage is 'root'.", severity: DiagnosticSeverity.Warning);

    [TestMethod]
    public void A_root_target_stage_before_the_last_is_info() =>
        RuleAssert.Fires(Rule, "FROM debian:12 AS job\n[|USER 0|]\nENTRYPOINT [\"/job\"]\nFROM debian:12\nUSER 1000\nENTRYPOINT [\"/app\"]\n", "The last USER of this stage is '0'", severity: DiagnosticSeverity.Info);

    [TestMethod]
    [DataRow("FROM [|debian:12|]\nRUN apt-get install -y gosu\nENTRYPOINT [\"/entrypoint.sh\"]\n", "it installs gosu to drop privileges at start", DisplayName = "gosu installed")]
    [DataRow("FROM [|debian:12|]\nENTRYPOINT [\"su-exec\", \"app\", \"/app\"]\n", "its entrypoint drops privileges with su-exec", DisplayName = "su-exec entrypoint")]
    [DataRow("FROM [|mcr.microsoft.com/dotnet/aspnet:10.0-alpine|]\nRUN setcap 'cap_net_bind_service=+ep' /usr/share/dotnet/dotnet\nCMD exec /app/start.sh\n", "it grants capabilities with setcap", DisplayName = "setcap for an unprivileged process")]
    [DataRow("FROM [|mcr.microsoft.com/azure-functions/dotnet-isolated:4-dotnet-isolated8.0|]\nCOPY --from=build /home/site/wwwroot /home/site/wwwroot\n", "is designed to run as root", DisplayName = "Azure Functions")]
    [DataRow("FROM [|alpine:3.20|]\nCOPY --from=build /app/http /usr/bin/http\nENTRYPOINT [\"/usr/bin/http\"]\nCMD [\"--help\"]\n", "a command-line tool", DisplayName = "CLI tool")]
    public void Root_on_purpose_is_info(string markup, string why) =>
        RuleAssert.Fires(Rule, markup, why, severity: DiagnosticSeverity.Info);

    [TestMethod]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nUSER $APP_UID\n" + App, DisplayName = "USER set")]
    [DataRow("FROM mcr.microsoft.com/dotnet/runtime:7.0 AS base\nUSER appuser\nFROM base\n" + App, DisplayName = "USER inherited through FROM base")]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nRUN dotnet test\nFROM scratch AS export\nCOPY --from=build /coverage /\n", DisplayName = "FROM scratch export stage")]
    [DataRow("FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8\nCOPY site/ /inetpub/wwwroot\n", DisplayName = "Windows")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\n" + App, DisplayName = "chiseled is non-root")]
    [DataRow("ARG BASE=public.ecr.aws/lambda/provided:al2023\nFROM $BASE\nCOPY --from=publish /app/publish /var/runtime\n", DisplayName = "Lambda picks the user")]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:6.0 AS build-env\nLABEL com.github.actions.name=\"metrics\"\nRUN dotnet publish -o /out\nFROM mcr.microsoft.com/dotnet/sdk:6.0\nCOPY --from=build-env /out .\nENTRYPOINT [\"dotnet\", \"/App.dll\"]\n", DisplayName = "GitHub container action")]
    [DataRow("FROM debian:11-slim\nRUN apt-get install -y docker-ce\nVOLUME /var/lib/docker\nENTRYPOINT [\"/scripts/run.sh\"]\n", DisplayName = "docker-in-docker")]
    [DataRow("FROM mcr.microsoft.com/powershell:7.4-ubuntu-22.04\nRUN apt-get update && apt-get install -y dotnet-sdk-8.0\n", DisplayName = "CI image definition")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0\n# hadolint ignore=DL3002\nUSER 0\n" + App, DisplayName = "explained USER 0")]
    public void Quiet_where_root_is_right_or_not_ours_to_judge(string dockerfile) => RuleAssert.Quiet(Rule, dockerfile);
}
