namespace Containerize.Linting.Tests.Rules;

/// <summary>CTZ1505: EXPOSE protocol casing. Spans are marked [|…|] in the input.</summary>
[TestClass]
public sealed class CTZ1505Tests
{
    private const string Id = "CTZ1505";

    [TestMethod]
    [DataRow("FROM alpine\nEXPOSE [|80/TcP|]\n")]
    [DataRow("FROM alpine\nEXPOSE [|80/TCP|]\n")]
    [DataRow("FROM alpine\nEXPOSE 80 [|53/UDP|]\n")]
    [DataRow("FROM alpine\nEXPOSE [|8000-8010/Tcp|]\n")]
    [DataRow("FROM alpine\nEXPOSE [|1/TCP|] [|2/UDP|]\n")]
    [DataRow("FROM alpine AS a\nEXPOSE [|443/TCP|]\n")]
    public void Fires_at_the_marked_spans(string markup) => MarkedDockerfile.Verify(Id, markup);

    [TestMethod]
    [DataRow("FROM alpine\nEXPOSE 80/tcp\n")]
    [DataRow("FROM alpine\nEXPOSE 80\n")]
    [DataRow("FROM alpine\nEXPOSE 53/udp\n")]
    [DataRow("FROM alpine\nEXPOSE $PORT/TCP\n")]
    [DataRow("# check=skip=ExposeProtoCasing\nFROM alpine\nEXPOSE 80/TCP\n")]
    [DataRow("FROM alpine\nEXPOSE 8000-8010/tcp\n")]
    public void Stays_quiet(string text) => MarkedDockerfile.Verify(Id, text);

    [TestMethod]
    public void Message_quotes_the_value_and_says_what_to_do()
    {
        var findings = Linter.Lint("FROM alpine\nEXPOSE 80/TCP\n", new LintOptions { Only = new[] { Id } });
        Assert.HasCount(1, findings);
        Assert.AreEqual("EXPOSE '80/TCP': write the protocol in lowercase, '80/tcp'.", findings[0].Message);
    }
}
