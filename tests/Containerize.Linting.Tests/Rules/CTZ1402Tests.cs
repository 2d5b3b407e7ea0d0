using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

[TestClass]
public sealed class CTZ1402Tests
{
    private const string Rule = "CTZ1402";
    private const string Cultures = "TargetFramework=net10.0 AssemblyName=App";
    private const string App = "ENTRYPOINT [\"dotnet\", \"App.dll\"]\n";

    [TestMethod]
    public void Fires_on_chiseled_without_extra() =>
        RuleAssert.Fires(Rule, "FROM [|mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled|]\n" + App,
            "has no ICU and runs in invariant mode: culture-specific formatting and sorting fall back to the invariant culture, and creating a culture such as de-DE throws. Use the -extra variant ('mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra')", Cultures, DiagnosticSeverity.Warning);

    [TestMethod]
    public void Fires_on_alpine_without_icu_libs() =>
        RuleAssert.Fires(Rule, "FROM [|mcr.microsoft.com/dotnet/aspnet:8.0-alpine|]\n" + App, "Add 'RUN apk add --no-cache icu-libs' and 'ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false'", "TargetFramework=net8.0 AssemblyName=App");

    [TestMethod]
    public void Fires_on_runtime_deps_alpine() =>
        RuleAssert.Fires(Rule, "FROM [|mcr.microsoft.com/dotnet/runtime-deps:10.0-alpine|]\nENTRYPOINT [\"/app/App\"]\n", "has no ICU", "TargetFramework=net10.0 AssemblyName=App SelfContained=true");

    [TestMethod]
    public void Fires_on_azure_linux_distroless() =>
        RuleAssert.Fires(Rule, "FROM [|mcr.microsoft.com/dotnet/runtime:10.0-azurelinux3.0-distroless|]\n" + App, "'mcr.microsoft.com/dotnet/runtime:10.0-azurelinux3.0-distroless-extra'", Cultures);

    [TestMethod]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled-extra\n" + App, Cultures, DisplayName = "-extra")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\n" + App, "TargetFramework=net10.0 AssemblyName=App InvariantGlobalization=true", DisplayName = "invariant project")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:9.0-alpine\nRUN apk add --no-cache icu-libs\nENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false\n" + App, Cultures, DisplayName = "icu-libs installed")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:9.0-alpine\nENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=true\n" + App, Cultures, DisplayName = "invariant set by the Dockerfile")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0\n" + App, Cultures, DisplayName = "Debian has ICU")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0-alpine\n" + App, null, DisplayName = "no project facts")]
    public void Quiet_when_icu_is_there_or_not_needed(string dockerfile, string? facts) => RuleAssert.Quiet(Rule, dockerfile, facts);
}
