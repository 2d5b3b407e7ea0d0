namespace Containerize.Linting.Tests.Rules;

/// <summary>CTZ1103: stage references, stage names and FROM arguments. Spans are marked [|…|] in the input.</summary>
[TestClass]
public sealed class CTZ1103Tests
{
    private const string Id = "CTZ1103";

    [TestMethod]
    [DataRow("FROM alpine AS build\nFROM alpine\nCOPY [|--from=biuld|] /out /app\n")]
    [DataRow("FROM alpine AS build\nFROM alpine AS [|build|]\n")]
    [DataRow("FROM scratch AS [|scratch|]\nFROM scratch AS [|context|]\n")]
    [DataRow("FROM alpine AS a\nCOPY [|--from=a|] /x /y\n")]
    [DataRow("FROM [|alpine:${VERSION}|]\n")]
    [DataRow("FROM [|--platform=$BULIDPLATFORM|] alpine\n")]
    [DataRow("ARG VERSION\nFROM [|busybox:$VERSION|]\n")]
    [DataRow("FROM alpine\nCOPY [|--from=build|] /x /y\nFROM alpine AS build\n")]
    public void Fires_at_the_marked_spans(string markup) => MarkedDockerfile.Verify(Id, markup);

    [TestMethod]
    [DataRow("FROM alpine AS build\nFROM alpine\nCOPY --from=build /out /app\n")]
    [DataRow("ARG VERSION=3.20\nFROM alpine:${VERSION}\n")]
    [DataRow("FROM --platform=$BUILDPLATFORM alpine AS build\n")]
    [DataRow("ARG DEBUG\nFROM scratch${DEBUG}\n")]
    [DataRow("FROM alpine:${VERSION:-3.20}\n")]
    [DataRow("FROM alpine\nCOPY --from=nginx:1.27 /etc/nginx /etc/nginx\n")]
    [DataRow("FROM scratch\nFROM scratch AS a\n")]
    public void Stays_quiet(string text) => MarkedDockerfile.Verify(Id, text);

    [TestMethod]
    public void Message_quotes_the_value_and_says_what_to_do()
    {
        var findings = Linter.Lint("FROM --platform=$BULIDPLATFORM alpine\n", new LintOptions { Only = new[] { Id } });
        Assert.HasCount(1, findings);
        Assert.AreEqual("Stage reference '--platform=$BULIDPLATFORM' does not work as written: it uses $BULIDPLATFORM, which no ARG before the first FROM declares (did you mean $BUILDPLATFORM?), so it expands to an empty string; declare it with 'ARG' at the top of the file.", findings[0].Message);
    }
}
