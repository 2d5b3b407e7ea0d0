using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

[TestClass]
public sealed class CTZ1105Tests
{
    private const string Rule = "CTZ1105";
    private const string App = "\nCOPY --from=build /app /app\nENTRYPOINT [\"dotnet\", \"/app/App.dll\"]\n";
    private static readonly DateTime August2026 = new(2026, 8, 15, 0, 0, 0, DateTimeKind.Utc);

    [TestMethod]
    public void Fires_on_an_end_of_support_runtime_and_suggests_the_latest_lts() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/sdk:6.0 AS build\nFROM [|mcr.microsoft.com/dotnet/aspnet:6.0|]" + App,
            "The final image 'mcr.microsoft.com/dotnet/aspnet:6.0': .NET 6.0 reached its end of support on 2024-11-12 and gets no security fixes. Move the project and the image to .NET 10.0 ('mcr.microsoft.com/dotnet/aspnet:10.0').",
            severity: DiagnosticSeverity.Warning);

    [TestMethod]
    public void Dotnet_8_is_out_of_support_after_2026_11_10() =>
        RuleAssert.Fires(Rule, "FROM [|mcr.microsoft.com/dotnet/aspnet:8.0-noble-chiseled-extra|]" + App,
            "reached its end of support on 2026-11-10 and gets no security fixes. Move the project and the image to .NET 10.0 ('mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra')");

    [TestMethod]
    public void Dotnet_8_was_supported_in_august_2026() =>
        RuleAssert.Quiet(Rule, "FROM mcr.microsoft.com/dotnet/aspnet:8.0" + App, today: August2026);

    [TestMethod]
    public void Reads_the_old_dotnet_core_repository_names() =>
        RuleAssert.Fires(Rule, "FROM [|mcr.microsoft.com/dotnet/core/aspnet:3.1|]" + App,
            ".NET 3.1 reached its end of support on 2022-12-13", today: August2026);

    [TestMethod]
    public void Keeps_the_family_of_an_alpine_image() =>
        RuleAssert.Fires(Rule, "FROM [|mcr.microsoft.com/dotnet/runtime:7.0-alpine|]" + App, "('mcr.microsoft.com/dotnet/runtime:10.0-alpine')");

    [TestMethod]
    public void Keeps_the_windows_version_of_a_windows_image() =>
        RuleAssert.Fires(Rule, "FROM [|mcr.microsoft.com/dotnet/aspnet:6.0-nanoserver-ltsc2022|]" + App, "('mcr.microsoft.com/dotnet/aspnet:10.0-nanoserver-ltsc2022')");

    [TestMethod]
    public void A_self_contained_publish_ships_the_runtime_of_its_sdk() =>
        RuleAssert.Fires(Rule, "FROM [|mcr.microsoft.com/dotnet/sdk:6.0|] AS build\nRUN dotnet publish -r linux-x64 --self-contained -o /out\nFROM debian:bullseye-slim\nCOPY --from=build /out /app\nENTRYPOINT [\"/app/Api\"]\n",
            "The self-contained publish (line 2) bundles the runtime of 'mcr.microsoft.com/dotnet/sdk:6.0'");

    [TestMethod]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:6.0 AS build\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\n", DisplayName = "only the build stage is old")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0\n", DisplayName = "supported")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:12.0\n", DisplayName = "a version the table does not know")]
    [DataRow("ARG VERSION\nFROM mcr.microsoft.com/dotnet/aspnet:${VERSION}\n", DisplayName = "a version set only at build time")]
    [DataRow("FROM debian:12\n", DisplayName = "not .NET")]
    public void Quiet_for_supported_or_unknown_versions(string dockerfile) => RuleAssert.Quiet(Rule, dockerfile);
}
