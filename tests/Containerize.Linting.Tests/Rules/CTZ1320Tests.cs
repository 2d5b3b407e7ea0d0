namespace Containerize.Linting.Tests.Rules;

/// <summary>CTZ1320: EXPOSE with host addresses or ports. Spans are marked [|…|] in the input.</summary>
[TestClass]
public sealed class CTZ1320Tests
{
    private const string Id = "CTZ1320";

    [TestMethod]
    [DataRow("FROM alpine\nEXPOSE [|127.0.0.1:80:80|]\n")]
    [DataRow("FROM alpine\nEXPOSE [|80:80|]\n")]
    [DataRow("FROM alpine\nEXPOSE 443 [|8080:80|]\n")]
    [DataRow("FROM alpine\nEXPOSE [|0.0.0.0:8080:8080/tcp|]\n")]
    [DataRow("FROM alpine\nEXPOSE [|5000:5000/udp|]\n")]
    [DataRow("FROM alpine AS a\nEXPOSE [|1:2|]\nFROM alpine\nEXPOSE 2\n")]
    public void Fires_at_the_marked_spans(string markup) => MarkedDockerfile.Verify(Id, markup);

    [TestMethod]
    [DataRow("FROM alpine\nEXPOSE 80\n")]
    [DataRow("FROM alpine\nEXPOSE 80/tcp 53/udp\n")]
    [DataRow("FROM alpine\nEXPOSE 8000-8010\n")]
    [DataRow("FROM alpine\nEXPOSE $PORT\n")]
    [DataRow("FROM alpine\nEXPOSE ${HOST}:${PORT}\n")]
    [DataRow("FROM alpine\nEXPOSE 8080 8081\n")]
    public void Stays_quiet(string text) => MarkedDockerfile.Verify(Id, text);

    [TestMethod]
    public void Message_quotes_the_value_and_says_what_to_do()
    {
        var findings = Linter.Lint("FROM alpine\nEXPOSE 8080:80\n", new LintOptions { Only = new[] { Id } });
        Assert.HasCount(1, findings);
        Assert.AreEqual("EXPOSE '8080:80' includes a host port; EXPOSE declares container ports only, and BuildKit will refuse this form. Write 'EXPOSE 80' and publish the port when running (docker run -p 8080:80).", findings[0].Message);
    }
}
