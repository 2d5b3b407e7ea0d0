namespace Containerize.Analyzers.Tests;

/// <summary>Cases of the rules that cover BuildKit's build checks and the variable rules (CTZ1120–1123, 1230–1231, 1320–1321, 15xx).</summary>
internal static partial class RuleCases
{
    public static IEnumerable<(string Rule, string Fires, string Quiet, Dictionary<string, string>? Project, string? Manifest)> Checks()
    {
        yield return ("CTZ1120",
            "FROM alpine:3.20\nARG DIR_ASSETS=assets/\nCOPY {|CTZ1120:$DIR_ASSET|} /srv/\nUSER 1000\n",
            "FROM alpine:3.20\nARG DIR_ASSETS=assets/\nCOPY $DIR_ASSETS /srv/\nUSER 1000\n", null, null);
        yield return ("CTZ1121",
            "ARG CONFIGURATION=Release\nFROM alpine:3.20\nLABEL configuration={|CTZ1121:$CONFIGURATION|}\nUSER 1000\n",
            "ARG CONFIGURATION=Release\nFROM alpine:3.20\nARG CONFIGURATION\nLABEL configuration=$CONFIGURATION\nUSER 1000\n", null, null);
        yield return ("CTZ1122",
            "FROM {|CTZ1122:--platform=linux/amd64|} alpine:3.20\nUSER 1000\n",
            "FROM --platform=linux/amd64 alpine:3.20 AS tools_amd64\nUSER 1000\n", null, null);
        yield return ("CTZ1123",
            "FROM {|CTZ1123:--platform=linux/amd64|} mcr.microsoft.com/dotnet/runtime:10.0-nanoserver-ltsc2022 AS build_amd64\nUSER 1000\n",
            "FROM --platform=linux/amd64 mcr.microsoft.com/dotnet/runtime:10.0-noble-chiseled AS build_amd64\nUSER 1000\n", null, null);
        yield return ("CTZ1230",
            "FROM alpine:3.20\nCOPY {|CTZ1230:secrets.json|} /srv/\nUSER 1000\n",
            "FROM alpine:3.20\nCOPY config.json /srv/\nUSER 1000\n", null, "D\t1000\t2\t./\nF\t500\tconfig.json\nI\tsecrets.json\n");
        yield return ("CTZ1231",
            "FROM alpine:3.20\nCOPY {|CTZ1231:../shared|} /srv/\nUSER 1000\n",
            "FROM alpine:3.20\nCOPY shared /srv/\nUSER 1000\n", null, null);
        yield return ("CTZ1320",
            "FROM alpine:3.20\nEXPOSE {|CTZ1320:8080:80|}\nUSER 1000\n",
            "FROM alpine:3.20\nEXPOSE 80\nUSER 1000\n", null, null);
        yield return ("CTZ1321",
            "FROM alpine:3.20\nUSER 1000\n{|CTZ1321:CMD ./server --port 80|}\n",
            "FROM alpine:3.20\nUSER 1000\nCMD [\"./server\", \"--port\", \"80\"]\n", null, null);
        yield return ("CTZ1501",
            "FROM alpine:3.20\n{|CTZ1501:user|} 1000\nCMD [\"true\"]\n",
            "FROM alpine:3.20\nUSER 1000\nCMD [\"true\"]\n", null, null);
        yield return ("CTZ1502",
            "FROM alpine:3.20 AS {|CTZ1502:Tools|}\nUSER 1000\n",
            "FROM alpine:3.20 AS tools\nUSER 1000\n", null, null);
        yield return ("CTZ1503",
            "FROM alpine:3.20\n{|CTZ1503:MAINTAINER|} team@example.org\nUSER 1000\n",
            "FROM alpine:3.20\nLABEL org.opencontainers.image.authors=\"team@example.org\"\nUSER 1000\n", null, null);
        yield return ("CTZ1504",
            "FROM {|CTZ1504:--platform=$TARGETPLATFORM|} alpine:3.20\nUSER 1000\n",
            "FROM alpine:3.20\nUSER 1000\n", null, null);
        yield return ("CTZ1505",
            "FROM alpine:3.20\nEXPOSE {|CTZ1505:80/TCP|}\nUSER 1000\n",
            "FROM alpine:3.20\nEXPOSE 80/tcp\nUSER 1000\n", null, null);
        yield return ("CTZ1506",
            "# check=experimental=InvalidDefinitionDescription\n# The version to build\n{|CTZ1506:ARG|} VERSION=1.0\nFROM alpine:3.20\nUSER 1000\n",
            "# check=experimental=InvalidDefinitionDescription\n# VERSION the version to build\nARG VERSION=1.0\nFROM alpine:3.20\nUSER 1000\n", null, null);
        yield return ("CTZ1507",
            "FROM alpine:3.20\nADD {|CTZ1507:config.json|} /etc/app/\nUSER 1000\n",
            "FROM alpine:3.20\nCOPY config.json /etc/app/\nUSER 1000\n", null, null);
    }
}
