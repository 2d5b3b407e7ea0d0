using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

[TestClass]
public sealed class CTZ1405Tests
{
    private const string Rule = "CTZ1405";
    private const string Web = "TargetFramework=net10.0 AssemblyName=Api UsingMicrosoftNETSdkWeb=true";

    [TestMethod]
    public void Expose_80_on_a_dotnet_8_image() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nEXPOSE [|80|]\nENTRYPOINT [\"dotnet\", \"Api.dll\"]\n",
            "EXPOSE 80, but the app listens on 8080 (the .NET 8+ aspnet image default).", Web, DiagnosticSeverity.Info);

    [TestMethod]
    public void Follows_the_stage_chain_of_the_visual_studio_template() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/aspnet:8.0 AS base\nWORKDIR /app\nEXPOSE [|80|]\nFROM base AS final\nENTRYPOINT [\"dotnet\", \"Api.dll\"]\n", "listens on 8080", "TargetFramework=net8.0 AssemblyName=Api UsingMicrosoftNETSdkWeb=true");

    [TestMethod]
    public void Https_template_leftover() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nEXPOSE 8080\nEXPOSE [|8081|]\n", "EXPOSE 8081: nothing listens there unless an HTTPS endpoint and a certificate are configured", Web);

    [TestMethod]
    public void Against_aspnetcore_urls() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENV ASPNETCORE_URLS=http://+:5000\nEXPOSE [|8080|]\n", "(ASPNETCORE_URLS=http://+:5000)", Web);

    [TestMethod]
    public void A_listening_port_nobody_exposes() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENV ASPNETCORE_HTTP_PORTS=5000;5001\n[|EXPOSE|] 5000\n", "The app listens on 5001 (ASPNETCORE_HTTP_PORTS=5000;5001) but no EXPOSE names it.", Web);

    [TestMethod]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:6.0\nEXPOSE 80\n", DisplayName = "80 is the default before .NET 8")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nEXPOSE 8080\n", DisplayName = "8080 is the default")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nEXPOSE 8080/tcp 8081/tcp 8082/tcp\n", DisplayName = "app-configured Kestrel endpoints and metrics")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nEXPOSE 80\nEXPOSE 443\nEXPOSE 11111\n", DisplayName = "a silo port: the app configures its listeners")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENV ASPNETCORE_URLS=http://+:8080\nEXPOSE 8080 8081\n", DisplayName = "8081 next to explicit URLs may be the app's own")]
    [DataRow("FROM exceptionless/elasticsearch:8.19\nEXPOSE 8080 9200\n", DisplayName = "another process's port")]
    public void Quiet_for_what_it_cannot_know(string dockerfile) => RuleAssert.Quiet(Rule, dockerfile, Web);

    [TestMethod]
    public void Quiet_for_apps_that_are_not_web_apps() =>
        RuleAssert.Quiet(Rule, "FROM debian:11-slim\nENV ASPNETCORE_URLS=http://+:5000\nEXPOSE 10933\n", "TargetFramework=net8.0 AssemblyName=Tentacle OutputType=Exe");
}
