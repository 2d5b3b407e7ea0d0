namespace Containerize.Linting.Tests.Rules;

/// <summary>CTZ1504: FROM --platform=$TARGETPLATFORM. Spans are marked [|…|] in the input.</summary>
[TestClass]
public sealed class CTZ1504Tests
{
    private const string Id = "CTZ1504";

    [TestMethod]
    [DataRow("FROM [|--platform=$TARGETPLATFORM|] alpine\n")]
    [DataRow("FROM [|--platform=${TARGETPLATFORM}|] alpine\n")]
    [DataRow("FROM [|--platform=$TARGETPLATFORM|] alpine AS final\n")]
    [DataRow("FROM alpine AS a\nFROM [|--platform=$TARGETPLATFORM|] a\n")]
    [DataRow("FROM [|--platform=$TARGETPLATFORM|] mcr.microsoft.com/dotnet/aspnet:10.0\n")]
    [DataRow("FROM [|--platform=$TARGETPLATFORM|] alpine\nFROM [|--platform=$TARGETPLATFORM|] alpine\n")]
    public void Fires_at_the_marked_spans(string markup) => MarkedDockerfile.Verify(Id, markup);

    [TestMethod]
    [DataRow("FROM --platform=$BUILDPLATFORM alpine\n")]
    [DataRow("FROM alpine\n")]
    [DataRow("FROM --platform=linux/amd64 alpine\n")]
    [DataRow("FROM --platform=$TARGETOS/$TARGETARCH alpine\n")]
    [DataRow("# check=skip=RedundantTargetPlatform\nFROM --platform=$TARGETPLATFORM alpine\n")]
    [DataRow("FROM --platform=${BUILDPLATFORM} alpine\n")]
    public void Stays_quiet(string text) => MarkedDockerfile.Verify(Id, text);

    [TestMethod]
    public void Message_quotes_the_value_and_says_what_to_do()
    {
        var findings = Linter.Lint("FROM --platform=$TARGETPLATFORM alpine\n", new LintOptions { Only = new[] { Id } });
        Assert.HasCount(1, findings);
        Assert.AreEqual("FROM --platform=$TARGETPLATFORM is what a stage gets anyway: stages are built for the target platform by default. Remove the flag.", findings[0].Message);
    }
}
