namespace Containerize.Linting.Tests.Rules;

/// <summary>CTZ1104: repeated CMD/ENTRYPOINT/HEALTHCHECK and relative WORKDIR. Spans are marked [|…|] in the input.</summary>
[TestClass]
public sealed class CTZ1104Tests
{
    private const string Id = "CTZ1104";

    [TestMethod]
    [DataRow("FROM alpine\nWORKDIR [|app|]\n")]
    [DataRow("FROM alpine\n[|CMD|] [\"a\"]\nCMD [\"b\"]\n")]
    [DataRow("FROM alpine\n[|ENTRYPOINT|] [\"a\"]\nRUN true\nENTRYPOINT [\"b\"]\n")]
    [DataRow("FROM alpine\n[|HEALTHCHECK|] CMD [\"a\"]\nHEALTHCHECK CMD [\"b\"]\n")]
    [DataRow("FROM alpine\n[|CMD|] [\"a\"]\n[|CMD|] [\"b\"]\nCMD [\"c\"]\n")]
    [DataRow("FROM alpine\nWORKDIR [|\"relative/dir\"|]\n")]
    public void Fires_at_the_marked_spans(string markup) => MarkedDockerfile.Verify(Id, markup);

    [TestMethod]
    [DataRow("FROM alpine\nWORKDIR /app\n")]
    [DataRow("FROM alpine\nWORKDIR /app\nWORKDIR sub\n")]
    [DataRow("FROM alpine AS a\nWORKDIR /app\nFROM a AS b\nWORKDIR sub/\n")]
    [DataRow("FROM alpine AS a\nCMD [\"a\"]\nFROM alpine AS b\nCMD [\"b\"]\n")]
    [DataRow("FROM alpine\nWORKDIR $HOME/app\n")]
    [DataRow("FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:\\\\app\n")]
    public void Stays_quiet(string text) => MarkedDockerfile.Verify(Id, text);

    [TestMethod]
    public void Message_quotes_the_value_and_says_what_to_do()
    {
        var findings = Linter.Lint("FROM alpine\nCMD [\"a\"]\nCMD [\"b\"]\n", new LintOptions { Only = new[] { Id } });
        Assert.HasCount(1, findings);
        Assert.AreEqual("This CMD has no effect: the stage's last CMD (line 3) replaces it. Keep one CMD, ENTRYPOINT and HEALTHCHECK per stage, and give WORKDIR absolute paths.", findings[0].Message);
    }
}
