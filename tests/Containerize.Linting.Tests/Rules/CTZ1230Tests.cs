using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

/// <summary>CTZ1230: COPY of paths .dockerignore excludes. Spans are marked [|…|] in the input.</summary>
[TestClass]
public sealed class CTZ1230Tests
{
    private const string Id = "CTZ1230";

    private const string Manifest = "D\t1000\t3\t./\nF\t500\tconfig.json\nF\t500\tDockerfile\nI\tsecrets.json\nI\tDockerfile\nI\t**/*.pfx\nI\tdocs\nI\t!docs/README.md\n";

    [TestMethod]
    [DataRow("FROM alpine\nCOPY [|secrets.json|] /srv/\n")]
    [DataRow("FROM alpine\nADD [|Dockerfile|] /windy\n")]
    [DataRow("FROM alpine\nCOPY [|certs/dev.pfx|] /certs/\n")]
    [DataRow("FROM alpine\nCOPY [|docs/guide.md|] /docs/\n")]
    [DataRow("FROM alpine\nCOPY config.json [|./secrets.json|] /srv/\n")]
    [DataRow("FROM alpine\nCOPY [|\"secrets.json\"|] /srv/\n")]
    public void Fires_at_the_marked_spans(string markup) => MarkedDockerfile.Verify(Id, markup, Manifest);

    [TestMethod]
    [DataRow("FROM alpine\nCOPY config.json /srv/\n")]
    [DataRow("FROM alpine\nCOPY docs/README.md /docs/\n")]
    [DataRow("FROM alpine\nCOPY --from=build /secrets.json /srv/\n")]
    [DataRow("FROM alpine\nCOPY *.json /srv/\n")]
    [DataRow("FROM alpine\nCOPY . /srv/\n")]
    [DataRow("FROM alpine\nCOPY <<EOF /srv/secrets.json\n{}\nEOF\n")]
    public void Stays_quiet(string text) => MarkedDockerfile.Verify(Id, text, Manifest);

    [TestMethod]
    public void Message_quotes_the_value_and_says_what_to_do()
    {
        var findings = Linter.Lint("FROM alpine\nCOPY secrets.json /srv/\n", new LintOptions { Only = new[] { Id }, Manifest = ContextManifest.Parse(Manifest) });
        Assert.HasCount(1, findings);
        Assert.AreEqual("COPY 'secrets.json': .dockerignore excludes this path from the build context, so the build fails with 'not found' or copies less than intended. Narrow the .dockerignore pattern, or stop copying the path.", findings[0].Message);
    }
}
