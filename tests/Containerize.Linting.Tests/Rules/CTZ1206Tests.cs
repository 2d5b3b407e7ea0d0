namespace Containerize.Linting.Tests.Rules;

/// <summary>CTZ1206: ADD where COPY would do, and remote ADD. Spans are marked [|…|] in the input.</summary>
[TestClass]
public sealed class CTZ1206Tests
{
    private const string Id = "CTZ1206";

    [TestMethod]
    [DataRow("FROM alpine\nADD [|config.json|] /etc/app/\n")]
    [DataRow("FROM alpine\nADD [|https://example.com/tool.tar.gz|] /tmp/\n")]
    [DataRow("FROM alpine\nADD [|a.txt|] [|b.txt|] /srv/\n")]
    [DataRow("FROM alpine\nADD [|src/|] /src/\n")]
    [DataRow("FROM alpine\nADD [|git@github.com:org/repo.git|] /src\n")]
    [DataRow("FROM alpine\nADD --chown=1000 [|app.dll|] /app/\n")]
    public void Fires_at_the_marked_spans(string markup) => MarkedDockerfile.Verify(Id, markup);

    [TestMethod]
    [DataRow("FROM alpine\nCOPY config.json /etc/app/\n")]
    [DataRow("FROM alpine\nADD rootfs.tar.gz /\n")]
    [DataRow("FROM alpine\nADD --checksum=sha256:0123 https://example.com/tool.tar.gz /tmp/\n")]
    [DataRow("FROM alpine\nADD <<EOF /etc/motd\nhello\nEOF\n")]
    [DataRow("FROM alpine\nADD files.tgz /srv/\n")]
    [DataRow("FROM alpine\nADD app.tar.xz /app/\n")]
    public void Stays_quiet(string text) => MarkedDockerfile.Verify(Id, text);

    [TestMethod]
    public void Message_quotes_the_value_and_says_what_to_do()
    {
        var findings = Linter.Lint("FROM alpine\nADD config.json /etc/app/\n", new LintOptions { Only = new[] { Id } });
        Assert.HasCount(1, findings);
        Assert.AreEqual("ADD of 'config.json' only copies the local file: use COPY, which does exactly that (ADD would also extract archives and fetch URLs).", findings[0].Message);
    }
}
