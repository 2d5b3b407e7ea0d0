namespace Containerize.Linting.Tests.Rules;

/// <summary>CTZ1231: sources outside the build context. Spans are marked [|…|] in the input.</summary>
[TestClass]
public sealed class CTZ1231Tests
{
    private const string Id = "CTZ1231";

    [TestMethod]
    [DataRow("FROM alpine\nCOPY [|../src|] /src\n")]
    [DataRow("FROM alpine\nCOPY [|../../shared/lib|] /lib\n")]
    [DataRow("FROM alpine\nADD [|src/../../x|] /x\n")]
    [DataRow("FROM alpine\nCOPY a.txt [|../b.txt|] /srv/\n")]
    [DataRow("FROM alpine\nCOPY [|..|] /src\n")]
    [DataRow("FROM alpine\nCOPY [|\"../src/\"|] /src\n")]
    public void Fires_at_the_marked_spans(string markup) => MarkedDockerfile.Verify(Id, markup);

    [TestMethod]
    [DataRow("FROM alpine\nCOPY src /src\n")]
    [DataRow("FROM alpine\nCOPY src/../lib /lib\n")]
    [DataRow("FROM alpine\nCOPY --from=build ../out /app\n")]
    [DataRow("FROM alpine\nCOPY ./src /src\n")]
    [DataRow("FROM alpine\nCOPY $DIR/../x /x\n")]
    [DataRow("FROM alpine\nADD https://example.com/../x.txt /x\n")]
    public void Stays_quiet(string text) => MarkedDockerfile.Verify(Id, text);

    [TestMethod]
    public void Message_quotes_the_value_and_says_what_to_do()
    {
        var findings = Linter.Lint("FROM alpine\nCOPY ../src /src\n", new LintOptions { Only = new[] { Id } });
        Assert.HasCount(1, findings);
        Assert.AreEqual("'../src' points outside the build context, which COPY cannot read: it is read as 'src' inside the context. Build from the parent folder (docker build -f <this file> <parent>) and copy from there, or move the files into the context.", findings[0].Message);
    }
}
