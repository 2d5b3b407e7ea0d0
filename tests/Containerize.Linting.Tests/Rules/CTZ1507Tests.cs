namespace Containerize.Linting.Tests.Rules;

/// <summary>CTZ1507: ADD of local files. Spans are marked [|…|] in the input.</summary>
[TestClass]
public sealed class CTZ1507Tests
{
    private const string Id = "CTZ1507";

    [TestMethod]
    [DataRow("FROM alpine\nADD [|config.json|] /etc/app/\n")]
    [DataRow("FROM alpine\nADD [|a.txt|] [|b.txt|] /srv/\n")]
    [DataRow("FROM alpine\nADD [|src/|] /src/\n")]
    [DataRow("FROM alpine\nADD --chown=1000 [|app.dll|] /app/\n")]
    [DataRow("FROM alpine\nADD [|site.zip|] /srv/\n")]
    [DataRow("FROM alpine\nADD [|docs|] /srv/docs\n")]
    public void Fires_at_the_marked_spans(string markup) => MarkedDockerfile.Verify(Id, markup);

    [TestMethod]
    [DataRow("FROM alpine\nCOPY config.json /etc/app/\n")]
    [DataRow("FROM alpine\nADD rootfs.tar.gz /\n")]
    [DataRow("FROM alpine\nADD files.tgz /srv/\n")]
    [DataRow("FROM alpine\nADD https://example.com/x.txt /srv/\n")]
    [DataRow("FROM alpine\nADD <<EOF /etc/motd\nhello\nEOF\n")]
    [DataRow("FROM alpine\n# hadolint ignore=DL3020\nADD a.txt /srv/\n")]
    public void Stays_quiet(string text) => MarkedDockerfile.Verify(Id, text);

    [TestMethod]
    public void Message_quotes_the_value_and_says_what_to_do()
    {
        var findings = Linter.Lint("FROM alpine\nADD config.json /etc/app/\n", new LintOptions { Only = new[] { Id } });
        Assert.HasCount(1, findings);
        Assert.AreEqual("ADD of the local file 'config.json' only copies it: use COPY, which does exactly that (ADD would also extract archives and fetch URLs).", findings[0].Message);
    }
}
