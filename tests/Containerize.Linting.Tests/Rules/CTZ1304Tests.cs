namespace Containerize.Linting.Tests.Rules;

/// <summary>CTZ1304: downloads piped to a shell, and sudo. Spans are marked [|…|] in the input.</summary>
[TestClass]
public sealed class CTZ1304Tests
{
    private const string Id = "CTZ1304";

    [TestMethod]
    [DataRow("FROM alpine\n[|RUN curl -fsSL https://get.example.com | sh|]\n")]
    [DataRow("FROM alpine\n[|RUN wget -qO- https://get.example.com | bash|]\n")]
    [DataRow("FROM alpine\n[|RUN sudo apk add curl|]\n")]
    [DataRow("FROM alpine\n[|RUN apk add curl && curl -s https://x.example/i.sh | sh -s -- -y|]\n")]
    [DataRow("FROM alpine\n[|RUN curl https://x.example/i.sh | sudo bash|]\n")]
    [DataRow("FROM alpine\n[|RUN set -e; curl -L https://x.example/i | sh|]\n")]
    public void Fires_at_the_marked_spans(string markup) => MarkedDockerfile.Verify(Id, markup);

    [TestMethod]
    [DataRow("FROM alpine\nRUN curl -fsSLo /tmp/i.sh https://get.example.com && sha256sum -c sums && sh /tmp/i.sh\n")]
    [DataRow("FROM alpine\nRUN apk add curl\n")]
    [DataRow("FROM alpine\nRUN echo sudo is not used here\n")]
    [DataRow("FROM alpine\nRUN curl -fsSL https://example.com/data.json | jq .\n")]
    [DataRow("FROM alpine\nRUN cat script.sh | sh\n")]
    [DataRow("FROM alpine\nRUN [\"curl\", \"-o\", \"/tmp/x\", \"https://example.com/x\"]\n")]
    public void Stays_quiet(string text) => MarkedDockerfile.Verify(Id, text);

    [TestMethod]
    public void Message_quotes_the_value_and_says_what_to_do()
    {
        var findings = Linter.Lint("FROM alpine\nRUN curl -fsSL https://get.example.com | sh\n", new LintOptions { Only = new[] { Id } });
        Assert.HasCount(1, findings);
        Assert.AreEqual("RUN uses 'curl \u2026 | sh': it runs a downloaded script without checking it. Download to a file, verify its checksum (sha256sum -c), then run it.", findings[0].Message);
    }
}
