namespace Containerize.Linting.Tests.Rules;

/// <summary>CTZ1206: remote ADD without a checksum. Spans are marked [|…|] in the input.</summary>
[TestClass]
public sealed class CTZ1206Tests
{
    private const string Id = "CTZ1206";

    [TestMethod]
    [DataRow("FROM alpine\nADD [|https://example.com/tool.tar.gz|] /tmp/\n")]
    [DataRow("FROM alpine\nADD [|http://example.com/a.txt|] /srv/\n")]
    [DataRow("FROM alpine\nADD [|git@github.com:org/repo.git|] /src\n")]
    [DataRow("FROM alpine\nADD [|https://a.example/x|] [|https://b.example/y|] /srv/\n")]
    [DataRow("FROM alpine AS build\nADD [|https://example.com/sdk.tgz|] /opt/\nFROM alpine\n")]
    [DataRow("FROM alpine\nADD --chown=1000 [|https://example.com/app.zip|] /app/\n")]
    public void Fires_at_the_marked_spans(string markup) => MarkedDockerfile.Verify(Id, markup);

    [TestMethod]
    [DataRow("FROM alpine\nADD --checksum=sha256:0123 https://example.com/tool.tar.gz /tmp/\n")]
    [DataRow("FROM alpine\nADD config.json /etc/app/\n")]
    [DataRow("FROM alpine\nADD rootfs.tar.gz /\n")]
    [DataRow("FROM alpine\nADD <<EOF /etc/motd\nhello\nEOF\n")]
    [DataRow("FROM alpine\nCOPY https.txt /srv/\n")]
    [DataRow("FROM alpine\nRUN curl -fsSL https://example.com/tool.tgz | tar -xz -C /opt\n")]
    public void Stays_quiet(string text) => MarkedDockerfile.Verify(Id, text);

    [TestMethod]
    public void Message_quotes_the_value_and_says_what_to_do()
    {
        var findings = Linter.Lint("FROM alpine\nADD https://example.com/tool.tgz /tmp/\n", new LintOptions { Only = new[] { Id } });
        Assert.HasCount(1, findings);
        Assert.AreEqual("ADD downloads 'https://example.com/tool.tgz' into a layer of its own; extracting it later stores it twice. Download, extract and delete in one RUN (curl \u2026 | tar -x), or at least pin it with ADD --checksum.", findings[0].Message);
    }
}
