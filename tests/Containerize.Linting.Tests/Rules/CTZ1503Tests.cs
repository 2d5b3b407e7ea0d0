namespace Containerize.Linting.Tests.Rules;

/// <summary>CTZ1503: MAINTAINER and legacy key/value forms. Spans are marked [|…|] in the input.</summary>
[TestClass]
public sealed class CTZ1503Tests
{
    private const string Id = "CTZ1503";

    [TestMethod]
    [DataRow("FROM alpine\n[|MAINTAINER|] me@example.org\n")]
    [DataRow("FROM alpine\n[|ENV|] testkey value\n")]
    [DataRow("FROM alpine\n[|LABEL|] key value\n")]
    [DataRow("FROM alpine\n[|ENV|] ASPNETCORE_URLS http://+:8080\n")]
    [DataRow("FROM alpine AS a\nFROM a AS b\n[|ENV|] testkey value\n")]
    [DataRow("FROM alpine\n[|maintainer|] me\n")]
    public void Fires_at_the_marked_spans(string markup) => MarkedDockerfile.Verify(Id, markup);

    [TestMethod]
    [DataRow("FROM alpine\nLABEL org.opencontainers.image.authors=\"me@example.org\"\n")]
    [DataRow("FROM alpine\nENV testkey=value\n")]
    [DataRow("FROM alpine\nLABEL key=value other=\"a b\"\n")]
    [DataRow("FROM alpine\nENV A=1 B=2\n")]
    [DataRow("# check=skip=MaintainerDeprecated,LegacyKeyValueFormat\nFROM alpine\nMAINTAINER me\nENV a b\n")]
    [DataRow("FROM alpine\nENV PATH=/app:$PATH\n")]
    public void Stays_quiet(string text) => MarkedDockerfile.Verify(Id, text);

    [TestMethod]
    public void Message_quotes_the_value_and_says_what_to_do()
    {
        var findings = Linter.Lint("FROM alpine\nENV ASPNETCORE_URLS http://+:8080\n", new LintOptions { Only = new[] { Id } });
        Assert.HasCount(1, findings);
        Assert.AreEqual("'ENV ASPNETCORE_URLS http://+:8080' is deprecated syntax: write 'ENV ASPNETCORE_URLS=http://+:8080'.", findings[0].Message);
    }
}
