namespace Containerize.Linting.Tests.Rules;

/// <summary>CTZ1303: shell form in a distroless final image. Spans are marked [|…|] in the input.</summary>
[TestClass]
public sealed class CTZ1303Tests
{
    private const string Id = "CTZ1303";

    [TestMethod]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\n[|ENTRYPOINT dotnet App.dll|]\n")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\n[|CMD dotnet App.dll|]\n")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\n[|RUN mkdir /data|]\n")]
    [DataRow("FROM mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled\n[|HEALTHCHECK CMD curl -f http://localhost/ || exit 1|]\n")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled AS base\nFROM base\n[|ENTRYPOINT dotnet App.dll|]\n")]
    [DataRow("FROM gcr.io/distroless/base-debian12\n[|CMD ./app|]\n")]
    public void Fires_at_the_marked_spans(string markup) => MarkedDockerfile.Verify(Id, markup);

    [TestMethod]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\nENTRYPOINT [\"dotnet\", \"App.dll\"]\n")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble\nENTRYPOINT dotnet App.dll\n")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled AS build\nRUN mkdir /x\nFROM alpine\nRUN true\n")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\nHEALTHCHECK NONE\n")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\nRUN [\"/app/setup\"]\n")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\nHEALTHCHECK CMD [\"/app/healthcheck\"]\n")]
    public void Stays_quiet(string text) => MarkedDockerfile.Verify(Id, text);

    [TestMethod]
    public void Message_quotes_the_value_and_says_what_to_do()
    {
        var findings = Linter.Lint("FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\nENTRYPOINT dotnet App.dll\n", new LintOptions { Only = new[] { Id } });
        Assert.HasCount(1, findings);
        Assert.AreEqual("ENTRYPOINT in shell form ('/bin/sh -c dotnet App.dll') needs /bin/sh, which 'mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled' does not have: the container cannot start. Use the exec form: ENTRYPOINT [\"dotnet\", \"App.dll\"].", findings[0].Message);
    }
}
