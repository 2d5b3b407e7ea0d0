namespace Containerize.Linting.Tests.Rules;

/// <summary>CTZ1123: base image tag of another OS than --platform. Spans are marked [|…|] in the input.</summary>
[TestClass]
public sealed class CTZ1123Tests
{
    private const string Id = "CTZ1123";

    [TestMethod]
    [DataRow("FROM [|--platform=linux/amd64|] mcr.microsoft.com/dotnet/runtime:8.0-nanoserver-ltsc2022\n")]
    [DataRow("FROM [|--platform=linux/amd64|] mcr.microsoft.com/dotnet/aspnet:8.0-windowsservercore-ltsc2022\n")]
    [DataRow("FROM [|--platform=windows/amd64|] mcr.microsoft.com/dotnet/aspnet:10.0-noble\n")]
    [DataRow("FROM [|--platform=windows/amd64|] mcr.microsoft.com/dotnet/runtime-deps:10.0-alpine\n")]
    [DataRow("FROM [|--platform=windows/amd64|] mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\n")]
    [DataRow("FROM alpine\nFROM [|--platform=linux/arm64|] mcr.microsoft.com/windows/nanoserver:ltsc2022\n")]
    public void Fires_at_the_marked_spans(string markup) => MarkedDockerfile.Verify(Id, markup);

    [TestMethod]
    [DataRow("FROM --platform=linux/amd64 mcr.microsoft.com/dotnet/aspnet:10.0-noble\n")]
    [DataRow("FROM --platform=windows/amd64 mcr.microsoft.com/dotnet/aspnet:8.0-nanoserver-ltsc2022\n")]
    [DataRow("FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0\n")]
    [DataRow("FROM --platform=linux/amd64 mcr.microsoft.com/dotnet/sdk:10.0\n")]
    [DataRow("FROM --platform=linux/amd64 mcr.microsoft.com/dotnet/aspnet:$TAG\n")]
    [DataRow("FROM mcr.microsoft.com/dotnet/runtime:8.0-nanoserver-ltsc2022\n")]
    public void Stays_quiet(string text) => MarkedDockerfile.Verify(Id, text);

    [TestMethod]
    public void Message_quotes_the_value_and_says_what_to_do()
    {
        var findings = Linter.Lint("FROM --platform=linux/amd64 mcr.microsoft.com/dotnet/runtime:8.0-nanoserver-ltsc2022\n", new LintOptions { Only = new[] { Id } });
        Assert.HasCount(1, findings);
        Assert.AreEqual("FROM --platform=linux/amd64 asks for a Linux image, but 'mcr.microsoft.com/dotnet/runtime:8.0-nanoserver-ltsc2022' is a Windows image: the pull fails or the stage does not run. Use a Linux tag of the image or fix the platform.", findings[0].Message);
    }
}
