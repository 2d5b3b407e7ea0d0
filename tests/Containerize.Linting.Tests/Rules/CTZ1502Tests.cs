namespace Containerize.Linting.Tests.Rules;

/// <summary>CTZ1502: stage names with upper-case letters. Spans are marked [|…|] in the input.</summary>
[TestClass]
public sealed class CTZ1502Tests
{
    private const string Id = "CTZ1502";

    [TestMethod]
    [DataRow("FROM alpine AS [|Build|]\n")]
    [DataRow("FROM alpine AS [|BadStageName|]\n")]
    [DataRow("FROM alpine AS ok\nFROM ok AS [|FINAL|]\n")]
    [DataRow("FROM alpine as [|Tools|]\n")]
    [DataRow("FROM alpine AS [|build_AMD64|]\n")]
    [DataRow("FROM alpine AS [|A|]\nFROM alpine AS [|B|]\n")]
    public void Fires_at_the_marked_spans(string markup) => MarkedDockerfile.Verify(Id, markup);

    [TestMethod]
    [DataRow("FROM alpine AS build\n")]
    [DataRow("FROM alpine\n")]
    [DataRow("FROM alpine AS build-2\n")]
    [DataRow("FROM alpine AS ${STAGE}\n")]
    [DataRow("FROM Alpine AS build\n")]
    [DataRow("# check=skip=StageNameCasing\nFROM alpine AS Build\n")]
    public void Stays_quiet(string text) => MarkedDockerfile.Verify(Id, text);

    [TestMethod]
    public void Message_quotes_the_value_and_says_what_to_do()
    {
        var findings = Linter.Lint("FROM alpine AS Build\n", new LintOptions { Only = new[] { Id } });
        Assert.HasCount(1, findings);
        Assert.AreEqual("Stage name 'Build' is not lowercase; stage names are matched case-insensitively, so write 'AS build'.", findings[0].Message);
    }
}
