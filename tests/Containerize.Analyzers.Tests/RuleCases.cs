namespace Containerize.Analyzers.Tests;

/// <summary>For each rule, a Dockerfile where it fires (span marked <c>{|ID:…|}</c>) and a fixed one where it must not.</summary>
internal static partial class RuleCases
{
    public static readonly Dictionary<string, string> WebProject = new()
    {
        ["TargetFramework"] = "net10.0",
        ["AssemblyName"] = "Shop.Api",
        ["UsingMicrosoftNETSdkWeb"] = "true",
        ["InvariantGlobalization"] = "true",
    };

    public static readonly Dictionary<string, string> IcuConsoleProject = new()
    {
        ["TargetFramework"] = "net10.0",
        ["AssemblyName"] = "Dates",
    };

    public static readonly Dictionary<string, string> AotProject = new()
    {
        ["TargetFramework"] = "net10.0",
        ["AssemblyName"] = "Tool",
        ["PublishAot"] = "true",
        ["InvariantGlobalization"] = "true",
    };

    public const string Manifest = "D\t412000000\t9000\t./\nD\t300000000\t6000\tbin/\nD\t90000000\t2000\t.git/\nD\t22000000\t1000\tsrc/\n";

    private const string Good =
        "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nWORKDIR /src\nCOPY Shop.Api.csproj .\nRUN dotnet restore\nCOPY . .\nRUN dotnet publish --no-restore -o /app/publish\n"
        + "FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\nWORKDIR /app\nCOPY --from=build /app/publish/ ./\nUSER $APP_UID\nENTRYPOINT [\"dotnet\", \"Shop.Api.dll\"]\n";

    /// <summary>(rule, firing markup, quiet Dockerfile, project properties, manifest).</summary>
    public static IEnumerable<(string Rule, string Fires, string Quiet, Dictionary<string, string>? Project, string? Manifest)> All()
    {
        yield return ("CTZ1101",
            "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nFROM {|CTZ1101:mcr.microsoft.com/dotnet/aspnet:10.0|}\nUSER $APP_UID\nENTRYPOINT [\"dotnet\", \"Shop.Api.dll\"]\n",
            Good, null, null);
        yield return ("CTZ1102",
            "FROM {|CTZ1102:ubuntu|}\nUSER 1000\n",
            "FROM ubuntu:24.04\nUSER 1000\n", null, null);
        yield return ("CTZ1103",
            "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nFROM mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled\nCOPY {|CTZ1103:--from=biuld|} /out /app\n",
            "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nFROM mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled\nCOPY --from=build /out /app\n", null, null);
        yield return ("CTZ1104",
            "FROM alpine:3.20\nWORKDIR {|CTZ1104:app|}\nUSER 1000\n",
            "FROM alpine:3.20\nWORKDIR /app\nUSER 1000\n", null, null);
        yield return ("CTZ1105",
            "FROM {|CTZ1105:mcr.microsoft.com/dotnet/runtime:6.0|}\nUSER app\nENTRYPOINT [\"dotnet\", \"Dates.dll\"]\n",
            "FROM mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled-extra\nUSER $APP_UID\nENTRYPOINT [\"dotnet\", \"Dates.dll\"]\n", null, null);
        yield return ("CTZ1201",
            "FROM debian:12\n{|CTZ1201:RUN apt-get update \\\n && apt-get install -y --no-install-recommends curl|}\nUSER 1000\n",
            "FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\nUSER 1000\n", null, null);
        yield return ("CTZ1202",
            "FROM debian:12\nRUN mkdir /a\n{|CTZ1202:RUN|} mkdir /b\nUSER 1000\n",
            "FROM debian:12\nRUN mkdir /a && mkdir /b\nUSER 1000\n", null, null);
        yield return ("CTZ1203",
            "FROM debian:12\nCOPY big.tar /tmp/big.tar\n{|CTZ1203:RUN tar -xf /tmp/big.tar -C /opt && rm /tmp/big.tar|}\nUSER 1000\n",
            "FROM debian:12\nRUN --mount=type=bind,source=big.tar,target=/tmp/big.tar tar -xf /tmp/big.tar -C /opt\nUSER 1000\n", null, null);
        yield return ("CTZ1204",
            "FROM debian:12\nCOPY app/ /app/\n{|CTZ1204:RUN chown -R 1000:1000 /app|}\nUSER 1000\n",
            "FROM debian:12\nCOPY --chown=1000:1000 app/ /app/\nUSER 1000\n", null, null);
        yield return ("CTZ1205",
            "FROM debian:12\nWORKDIR /src\nCOPY {|CTZ1205:.|} .\nUSER 1000\n",
            "FROM debian:12\nWORKDIR /src\nCOPY src/ ./src/\nUSER 1000\n", null, Manifest);
        yield return ("CTZ1206",
            "FROM debian:12\nADD {|CTZ1206:https://example.com/tool.tar.gz|} /opt/\nUSER 1000\n",
            "FROM debian:12\nCOPY config.json /etc/app/\nUSER 1000\n", null, null);
        yield return ("CTZ1207",
            "FROM {|CTZ1207:mcr.microsoft.com/dotnet/sdk:10.0|}\nWORKDIR /src\nUSER $APP_UID\nENTRYPOINT [\"dotnet\", \"Shop.Api.dll\"]\n",
            Good, null, null);
        yield return ("CTZ1208",
            "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nWORKDIR /src\nCOPY *.csproj .\nRUN dotnet restore\nCOPY . .\nRUN dotnet publish --no-restore -o /app/publish\nFROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\nCOPY --from=build {|CTZ1208:/src|} /app\nUSER $APP_UID\n",
            "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nWORKDIR /src\nCOPY *.csproj .\nRUN dotnet restore\nCOPY . .\nRUN dotnet publish --no-restore -o /app/publish\nFROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\nCOPY --from=build /app/publish /app\nUSER $APP_UID\n", null, null);
        yield return ("CTZ1209",
            "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nWORKDIR /src\nCOPY . .\n{|CTZ1209:RUN dotnet restore|}\nFROM mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled\n",
            "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nWORKDIR /src\nCOPY App.csproj .\nRUN dotnet restore\nCOPY . .\nFROM mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled\n", null, null);
        yield return ("CTZ1210",
            "FROM debian:12\n{|CTZ1210:RUN apt-get install -y --no-install-recommends build-essential libssl-dev|}\nUSER 1000\nENTRYPOINT [\"/app\"]\n",
            "FROM debian:12\nRUN apt-get install -y --no-install-recommends libssl3\nUSER 1000\nENTRYPOINT [\"/app\"]\n", null, null);
        yield return ("CTZ1211",
            "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nWORKDIR /src\nCOPY App.csproj .\nRUN dotnet restore\nCOPY . .\nRUN dotnet build -c Debug --no-restore\n{|CTZ1211:RUN dotnet publish --no-restore -o /app/publish|}\nFROM mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled\n",
            "FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nWORKDIR /src\nCOPY App.csproj .\nRUN dotnet restore\nCOPY . .\nRUN dotnet build -c Release --no-restore\nRUN dotnet publish --no-build -o /app/publish\nFROM mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled\n", null, null);
        yield return ("CTZ1212",
            "FROM mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled\nWORKDIR /app\nCOPY {|CTZ1212:bin/Release/net10.0/publish/|} .\n",
            "FROM mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled\nWORKDIR /app\nCOPY config.json .\n", null, null);
        yield return ("CTZ1301",
            "FROM debian:12\nRUN useradd app\n{|CTZ1301:USER root|}\n",
            "FROM debian:12\nRUN useradd app\nUSER app\n", null, null);
        yield return ("CTZ1302",
            "FROM debian:12\nARG {|CTZ1302:NUGET_API_KEY|}\nUSER 1000\n",
            "FROM debian:12\nARG NUGET_SOURCE\nUSER 1000\n", null, null);
        yield return ("CTZ1303",
            "FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\nWORKDIR /app\n{|CTZ1303:ENTRYPOINT dotnet Shop.Api.dll|}\n",
            Good, null, null);
        yield return ("CTZ1304",
            "FROM debian:12\n{|CTZ1304:RUN curl -fsSL https://get.example.com | sh|}\nUSER 1000\n",
            "FROM debian:12\nRUN curl -fsSLo /tmp/get.sh https://get.example.com && sha256sum -c get.sha256 && sh /tmp/get.sh && rm /tmp/get.sh\nUSER 1000\n", null, null);
        yield return ("CTZ1305",
            "FROM debian:12\n{|CTZ1305:COPY . /|}\nUSER 1000\n",
            "FROM debian:12\nWORKDIR /app\nCOPY . .\nUSER 1000\n", null, null);
        yield return ("CTZ1306",
            "FROM debian:12\n{|CTZ1306:RUN|} <<EOF\nmkdir /a\nmkdir /b\nmkdir /c\nEOF\nUSER 1000\n",
            "FROM debian:12\nRUN <<EOF\nset -e\nmkdir /a\nmkdir /b\nmkdir /c\nEOF\nUSER 1000\n", null, null);
        yield return ("CTZ1307",
            "FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\nENV {|CTZ1307:ASPNETCORE_ENVIRONMENT=Development|}\nUSER $APP_UID\nENTRYPOINT [\"dotnet\", \"Shop.Api.dll\"]\n",
            Good, WebProject, null);
        yield return ("CTZ1401",
            "FROM {|CTZ1401:mcr.microsoft.com/dotnet/aspnet:11.0-resolute-chiseled|}\nUSER $APP_UID\nENTRYPOINT [\"dotnet\", \"Shop.Api.dll\"]\n",
            Good, WebProject, null);
        yield return ("CTZ1402",
            "FROM {|CTZ1402:mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled|}\nUSER $APP_UID\nENTRYPOINT [\"dotnet\", \"Dates.dll\"]\n",
            "FROM mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled-extra\nUSER $APP_UID\nENTRYPOINT [\"dotnet\", \"Dates.dll\"]\n", IcuConsoleProject, null);
        yield return ("CTZ1403",
            "FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\nUSER $APP_UID\nENTRYPOINT [\"dotnet\", {|CTZ1403:\"Shop.Web.dll\"|}]\n",
            Good, WebProject, null);
        yield return ("CTZ1404",
            "FROM {|CTZ1404:mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled|}\nUSER $APP_UID\nENTRYPOINT [\"./Tool\"]\n",
            "FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled\nUSER $APP_UID\nENTRYPOINT [\"./Tool\"]\n", AotProject, null);
        yield return ("CTZ1405",
            "FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\nEXPOSE {|CTZ1405:80|}\nUSER $APP_UID\nENTRYPOINT [\"dotnet\", \"Shop.Api.dll\"]\n",
            "FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\nEXPOSE 8080\nUSER $APP_UID\nENTRYPOINT [\"dotnet\", \"Shop.Api.dll\"]\n", WebProject, null);
    }
}
