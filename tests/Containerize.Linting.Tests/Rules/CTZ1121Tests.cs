namespace Containerize.Linting.Tests.Rules;

/// <summary>CTZ1121: global ARGs used in a stage that never declares them. Spans are marked [|…|] in the input.</summary>
[TestClass]
public sealed class CTZ1121Tests
{
    private const string Id = "CTZ1121";

    [TestMethod]
    [DataRow("ARG VERSION=1.0\nFROM alpine\nLABEL version=[|$VERSION|]\n")]
    [DataRow("ARG CONFIGURATION=Release\nFROM mcr.microsoft.com/dotnet/sdk:10.0\n[|RUN|] dotnet publish -c $CONFIGURATION\n")]
    [DataRow("ARG DIR=/app\nFROM alpine\nWORKDIR [|${DIR}|]\n")]
    [DataRow("ARG A=1\nFROM alpine AS one\nENV X=[|$A|]\nFROM alpine AS two\nENV Y=[|$A|]\n")]
    [DataRow("ARG A=1\nFROM alpine\n[|RUN|] echo $A && echo $A\n")]
    [DataRow("ARG PORT=8080\nFROM alpine\nEXPOSE [|$PORT|]\n")]
    public void Fires_at_the_marked_spans(string markup) => MarkedDockerfile.Verify(Id, markup);

    [TestMethod]
    [DataRow("ARG VERSION=1.0\nFROM alpine\nARG VERSION\nLABEL version=$VERSION\n")]
    [DataRow("ARG VERSION=1.0\nFROM alpine:$VERSION\n")]
    [DataRow("ARG INSTALL_DIR=/opt\nFROM alpine AS base\nARG INSTALL_DIR\nFROM base\nRUN ls $INSTALL_DIR\n")]
    [DataRow("ARG A=1\nFROM alpine\nENV A=2\nRUN echo $A\n")]
    [DataRow("ARG A=1\nFROM alpine\nRUN A=3; echo $A\n")]
    [DataRow("ARG A=1\nFROM alpine\nRUN echo ${A:-none}\n")]
    public void Stays_quiet(string text) => MarkedDockerfile.Verify(Id, text);

    [TestMethod]
    public void Message_quotes_the_value_and_says_what_to_do()
    {
        var findings = Linter.Lint("ARG VERSION=1.0\nFROM alpine\nLABEL version=$VERSION\n", new LintOptions { Only = new[] { Id } });
        Assert.HasCount(1, findings);
        Assert.AreEqual("'$VERSION' is a global ARG (line 1), but this stage never declares it, so here it is empty: global ARGs reach FROM lines only. Add 'ARG VERSION' (without a value, it keeps the global default) at the start of the stage.", findings[0].Message);
    }
}
