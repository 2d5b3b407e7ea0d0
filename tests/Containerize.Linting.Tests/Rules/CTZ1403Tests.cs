using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

[TestClass]
public sealed class CTZ1403Tests
{
    private const string Rule = "CTZ1403";
    private const string Facts = "TargetFramework=net10.0 AssemblyName=Shop.Api";

    [TestMethod]
    public void Fires_on_another_dll() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENTRYPOINT [\"dotnet\", [|\"Shop.Web.dll\"|]]\n",
            "ENTRYPOINT starts 'Shop.Web.dll', but this project's AssemblyName is 'Shop.Api', so it builds 'Shop.Api.dll'.", Facts, DiagnosticSeverity.Warning);

    [TestMethod]
    public void Fires_on_another_apphost() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/runtime-deps:10.0\nENTRYPOINT [[|\"./Shop\"|]]\n", "Point it at 'Shop.Api'", Facts);

    [TestMethod]
    public void Fires_on_cmd_without_entrypoint() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nCMD [\"dotnet\", [|\"/app/Other.dll\"|]]\n", "CMD starts '/app/Other.dll'", Facts);

    [TestMethod]
    public void A_shell_form_dll_is_still_checked() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nCMD [|dotnet Other.dll|]\n", "but this project's AssemblyName is 'Shop.Api'", Facts);

    [TestMethod]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0\nENTRYPOINT [\"dotnet\", \"Shop.Api.dll\"]\n", DisplayName = "right dll")]
    [DataRow("FROM debian:12\nENTRYPOINT [\"/app/start.sh\"]\n", DisplayName = "script that execs the app")]
    [DataRow("FROM debian:12\nENTRYPOINT [\"/usr/bin/supervisord\", \"-c\", \"/etc/supervisord.conf\"]\n", DisplayName = "supervisor")]
    [DataRow("FROM debian:12\nENTRYPOINT [\"/entrypoint.sh\"]\nCMD [\"dotnet\", \"Shop.Api.dll\"]\n", DisplayName = "entrypoint.sh with CMD")]
    [DataRow("FROM debian:12\nARG EXE\nCOPY ${PUBLISH_DIR}/${EXE} server-binary\nENTRYPOINT [\"./server-binary\", \"server\", \"start\"]\n", DisplayName = "renamed apphost")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\nCMD [\"/opt/app/Shop.Api.dll\"]\n", DisplayName = "chiseled dotnet entrypoint with dll CMD")]
    public void Quiet_when_the_project_is_what_starts_or_it_cannot_be_seen(string dockerfile) => RuleAssert.Quiet(Rule, dockerfile, Facts);
}
