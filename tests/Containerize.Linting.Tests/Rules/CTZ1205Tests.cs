using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

/// <summary>CTZ1205: build outputs and VCS data copied from the context. Spans are marked [|…|] in the input.</summary>
[TestClass]
public sealed class CTZ1205Tests
{
    private const string Id = "CTZ1205";

    private const string Manifest = "D\t412000000\t9000\t./\nD\t300000000\t6000\tbin/\nD\t90000000\t2000\t.git/\nD\t22000000\t1000\tsrc/\nD\t1000\t10\tdocs/\n";

    [TestMethod]
    [DataRow("FROM alpine\nCOPY [|.|] /src\n")]
    [DataRow("FROM alpine\nADD [|./|] /src\n")]
    [DataRow("FROM alpine\nCOPY [|bin|] /app\n")]
    [DataRow("FROM alpine\nCOPY docs /docs\nCOPY [|.|] /src\n")]
    [DataRow("FROM alpine AS build\nCOPY [|.|] /src\nFROM alpine\nCOPY --from=build /src/out /app\n")]
    [DataRow("FROM alpine\nCOPY [|\".\"|] /src\n")]
    public void Fires_at_the_marked_spans(string markup) => MarkedDockerfile.Verify(Id, markup, Manifest);

    [TestMethod]
    [DataRow("FROM alpine\nCOPY src /src\n")]
    [DataRow("FROM alpine\nCOPY docs /docs\n")]
    [DataRow("FROM alpine\nCOPY --from=build . /src\n")]
    [DataRow("FROM alpine\nCOPY *.csproj /src/\n")]
    [DataRow("FROM alpine\nCOPY $DIR /src/\n")]
    [DataRow("FROM alpine\nCOPY https://example.com/x.tar.gz /src/\n")]
    public void Stays_quiet(string text) => MarkedDockerfile.Verify(Id, text, Manifest);

    [TestMethod]
    public void Message_quotes_the_value_and_says_what_to_do()
    {
        var findings = Linter.Lint("FROM alpine\nCOPY . /src\n", new LintOptions { Only = new[] { Id }, Manifest = ContextManifest.Parse(Manifest) });
        Assert.HasCount(1, findings);
        Assert.AreEqual("COPY . adds 412.0 MB of the build context, including bin/ 300.0 MB, .git/ 90.0 MB. Exclude them in .dockerignore (**/bin, **/.git).", findings[0].Message);
    }
}
