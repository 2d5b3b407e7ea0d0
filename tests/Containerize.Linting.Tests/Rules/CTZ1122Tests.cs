namespace Containerize.Linting.Tests.Rules;

/// <summary>CTZ1122: constant FROM --platform. Spans are marked [|…|] in the input.</summary>
[TestClass]
public sealed class CTZ1122Tests
{
    private const string Id = "CTZ1122";

    [TestMethod]
    [DataRow("FROM [|--platform=linux/amd64|] alpine\n")]
    [DataRow("FROM [|--platform=linux/arm64|] mcr.microsoft.com/dotnet/sdk:10.0 AS build\n")]
    [DataRow("FROM [|--platform=linux/amd64|] alpine AS tools\n")]
    [DataRow("FROM alpine AS a\nFROM [|--platform=windows/amd64|] mcr.microsoft.com/windows/nanoserver:ltsc2022 AS b\n")]
    [DataRow("FROM [|--platform=linux/arm/v7|] alpine AS build\n")]
    [DataRow("FROM [|--platform=linux/amd64|] alpine\nFROM [|--platform=linux/amd64|] alpine\n")]
    public void Fires_at_the_marked_spans(string markup) => MarkedDockerfile.Verify(Id, markup);

    [TestMethod]
    [DataRow("FROM --platform=$BUILDPLATFORM alpine\n")]
    [DataRow("FROM alpine\n")]
    [DataRow("FROM --platform=linux/amd64 alpine AS build_amd64\n")]
    [DataRow("FROM --platform=linux/amd64 alpine AS linux\n")]
    [DataRow("FROM --platform=${TARGETPLATFORM} alpine\n")]
    [DataRow("FROM --platform=windows/amd64 mcr.microsoft.com/windows/nanoserver:ltsc2022 AS windows\n")]
    public void Stays_quiet(string text) => MarkedDockerfile.Verify(Id, text);

    [TestMethod]
    public void Message_quotes_the_value_and_says_what_to_do()
    {
        var findings = Linter.Lint("FROM --platform=linux/amd64 alpine\n", new LintOptions { Only = new[] { Id } });
        Assert.HasCount(1, findings);
        Assert.AreEqual("FROM --platform=linux/amd64 pins this stage to one platform, so a multi-platform build gets linux/amd64 here for every target. Use --platform=$BUILDPLATFORM for a stage that only builds, leave the flag out, or name the stage after the platform if the pin is deliberate.", findings[0].Message);
    }
}
