namespace Containerize.Linting.Tests.Rules;

/// <summary>CTZ1501: keyword casing. Spans are marked [|…|] in the input.</summary>
[TestClass]
public sealed class CTZ1501Tests
{
    private const string Id = "CTZ1501";

    [TestMethod]
    [DataRow("FROM alpine\n[|copy|] a /a\nCOPY b /b\n")]
    [DataRow("from alpine\n[|COPY|] a /a\ncopy b /b\n")]
    [DataRow("[|From|] alpine AS base\nFROM alpine AS base2\n")]
    [DataRow("FROM alpine [|as|] base\n")]
    [DataRow("from alpine [|AS|] base\nfrom alpine as base2\n")]
    [DataRow("[|frOM|] alpine as base\nfrom alpine as base2\n")]
    public void Fires_at_the_marked_spans(string markup) => MarkedDockerfile.Verify(Id, markup);

    [TestMethod]
    [DataRow("FROM alpine\nCOPY a /a\n")]
    [DataRow("from alpine\ncopy a /a\n")]
    [DataRow("FROM alpine AS base\n")]
    [DataRow("from alpine as base\n")]
    [DataRow("FROM alpine\nRUN <<'EOT'\nenv\nEOT\n")]
    [DataRow("#check=skip=ConsistentInstructionCasing,FromAsCasing\nFROM alpine as base\ncopy a /a\n")]
    public void Stays_quiet(string text) => MarkedDockerfile.Verify(Id, text);

    [TestMethod]
    public void Message_quotes_the_value_and_says_what_to_do()
    {
        var findings = Linter.Lint("FROM alpine\ncopy a /a\nCOPY b /b\n", new LintOptions { Only = new[] { Id } });
        Assert.HasCount(1, findings);
        Assert.AreEqual("The keyword 'copy' does not match the file's majority casing (uppercase): write 'COPY'.", findings[0].Message);
    }
}
