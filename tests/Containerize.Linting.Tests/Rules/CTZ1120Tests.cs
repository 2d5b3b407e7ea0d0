namespace Containerize.Linting.Tests.Rules;

/// <summary>CTZ1120: variables no ARG or ENV defines. Spans are marked [|…|] in the input.</summary>
[TestClass]
public sealed class CTZ1120Tests
{
    private const string Id = "CTZ1120";

    [TestMethod]
    [DataRow("FROM scratch\nCOPY [|$foo|] .\n")]
    [DataRow("FROM alpine\nCOPY [|$foo|] .\nARG foo=bar\n")]
    [DataRow("FROM alpine\nARG DIR_ASSETS=assets/\nCOPY [|$DIR_ASSET|] .\n")]
    [DataRow("FROM alpine\nENV PATH=[|$PAHT|]:/tmp/bin\n")]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\n[|RUN|] dotnet publish -a $TARGETARCH -o /out\n")]
    [DataRow("FROM scratch AS first\nCOPY [|${bar}|] /x\n")]
    [DataRow("FROM alpine\nWORKDIR /src/[|$TARGETOS|]\n")]
    public void Fires_at_the_marked_spans(string markup) => MarkedDockerfile.Verify(Id, markup);

    [TestMethod]
    [DataRow("FROM scratch\nARG foo\nCOPY Dockerfile${foo} .\n")]
    [DataRow("FROM alpine AS base\nARG foo=Dockerfile\nFROM base\nCOPY $foo .\n")]
    [DataRow("FROM alpine\nRUN echo $PATH\n")]
    [DataRow("FROM public.ecr.aws/lambda/provided:al2023\nCOPY app $LAMBDA_TASK_ROOT/\n")]
    [DataRow("FROM alpine\nCOPY ${foo:-default} .\n")]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nARG TARGETARCH\nRUN dotnet publish -a $TARGETARCH -o /out\n")]
    [DataRow("FROM alpine\nRUN TARGETARCH=amd64; echo $TARGETARCH\n")]
    [DataRow("ARG VERSION=1\nFROM alpine\nCOPY $VERSION .\n")]
    public void Stays_quiet(string text) => MarkedDockerfile.Verify(Id, text);

    [TestMethod]
    public void Message_quotes_the_value_and_says_what_to_do()
    {
        var findings = Linter.Lint("FROM alpine\nARG DIR_ASSETS=assets/\nCOPY $DIR_ASSET .\n", new LintOptions { Only = new[] { Id } });
        Assert.HasCount(1, findings);
        Assert.AreEqual("'$DIR_ASSET' is not defined by an ARG or ENV before this line (did you mean $DIR_ASSETS?), so it expands to an empty string. Declare it (ARG DIR_ASSET or ENV DIR_ASSET=\u2026) before it is used, or fix the name.", findings[0].Message);
    }
}
