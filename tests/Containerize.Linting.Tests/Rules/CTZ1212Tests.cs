using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

[TestClass]
public sealed class CTZ1212Tests
{
    private const string Rule = "CTZ1212";

    [TestMethod]
    public void Fires_on_bin_release_publish_output() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/aspnet:10.0\nWORKDIR /app\nCOPY [|bin/Release/net10.0/publish/|] .\nENTRYPOINT [\"dotnet\", \"App.dll\"]\n",
            "'bin/Release/net10.0/publish/' is build output made outside this Dockerfile", severity: DiagnosticSeverity.Info);

    [TestMethod]
    public void Fires_on_a_build_argument_naming_the_output() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/aspnet:9.0\nARG PUBLISH_DIR\nWORKDIR /app\nCOPY [|${PUBLISH_DIR}|] .\n", "'${PUBLISH_DIR}' is build output");

    [TestMethod]
    public void Points_at_the_app_folder_rather_than_a_single_native_library() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/aspnet:10.0-alpine\nARG EXE_DIR=.\nCOPY $EXE_DIR/librocksdb.so /usr/local/lib/librocksdb.so\nWORKDIR /app\nCOPY [|$EXE_DIR/|] ./\n", "'$EXE_DIR/' is build output");

    [TestMethod]
    public void Fires_on_add_of_a_publish_output_on_windows() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8\nADD [|CloudDemo.Mvc/bin/Release/PublishOutput|] /inetpub/wwwroot\n", "PublishOutput");

    [TestMethod]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nCOPY . .\nRUN dotnet publish -o /app/publish\nFROM mcr.microsoft.com/dotnet/aspnet:10.0\nCOPY --from=build /app/publish /app\n", DisplayName = "built in the Dockerfile")]
    [DataRow("FROM mcr.microsoft.com/dotnet/framework/sdk:4.8\nCOPY . .\nRUN msbuild /p:Configuration=Release\nCOPY bin/Release /app\n", DisplayName = "msbuild in the Dockerfile")]
    [DataRow("FROM nginx:1.27\nCOPY site/ /usr/share/nginx/html/\n", DisplayName = "not build output")]
    [DataRow("FROM debian:12\nCOPY entrypoint.sh /\n", DisplayName = "a script")]
    [DataRow("FROM debian:12 AS files\nCOPY bin/ /bin-out/\nFROM debian:12\nCOPY config.json /etc/app/\n", DisplayName = "only in a stage that does not ship")]
    [DataRow("FROM debian:12\nADD https://example.com/publish/app.tgz /tmp/\n", DisplayName = "a URL")]
    public void Quiet_when_nothing_comes_from_a_host_build(string dockerfile) => RuleAssert.Quiet(Rule, dockerfile);
}
