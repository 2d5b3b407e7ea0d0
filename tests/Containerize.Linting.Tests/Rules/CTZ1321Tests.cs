namespace Containerize.Linting.Tests.Rules;

/// <summary>CTZ1321: CMD and ENTRYPOINT in shell form. Spans are marked [|…|] in the input.</summary>
[TestClass]
public sealed class CTZ1321Tests
{
    private const string Id = "CTZ1321";

    [TestMethod]
    [DataRow("FROM alpine\n[|CMD mycommand|]\n")]
    [DataRow("FROM alpine\n[|ENTRYPOINT dotnet App.dll|]\n")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0\n[|ENTRYPOINT dotnet Shop.Api.dll --urls http://+:8080|]\n")]
    [DataRow("FROM alpine AS a\n[|CMD ./a|]\nFROM alpine\nCMD [\"./b\"]\n")]
    [DataRow("FROM scratch\n[|ENTRYPOINT mycommand|]\n")]
    [DataRow("FROM alpine\n[|CMD cd /app && ./server 2>&1|]\n")]
    public void Fires_at_the_marked_spans(string markup) => MarkedDockerfile.Verify(Id, markup);

    [TestMethod]
    [DataRow("FROM alpine\nCMD [\"mycommand\"]\n")]
    [DataRow("FROM alpine\nSHELL [\"/bin/bash\", \"-c\"]\nCMD mycommand\n")]
    [DataRow("FROM alpine AS base\nSHELL [\"/usr/bin/customshell\"]\nFROM base\nENTRYPOINT mycommand\n")]
    [DataRow("FROM mcr.microsoft.com/dotnet/aspnet:10.0-noble-chiseled\nENTRYPOINT dotnet App.dll\n")]
    [DataRow("FROM alpine\nENTRYPOINT [\"dotnet\", \"App.dll\"]\n")]
    [DataRow("FROM alpine\nRUN echo shell form RUN is fine\n")]
    [DataRow("FROM alpine\nCMD echo \"starting\" && exec /app/start.sh\n")]
    [DataRow("FROM alpine\nENTRYPOINT exec dotnet App.dll\n")]
    public void Stays_quiet(string text) => MarkedDockerfile.Verify(Id, text);

    [TestMethod]
    public void Message_quotes_the_value_and_says_what_to_do()
    {
        var findings = Linter.Lint("FROM alpine\nENTRYPOINT dotnet App.dll\n", new LintOptions { Only = new[] { Id } });
        Assert.HasCount(1, findings);
        Assert.AreEqual("ENTRYPOINT in shell form runs as '/bin/sh -c dotnet App.dll': the shell, not the app, is PID 1 and may not pass SIGTERM on, so the app can be killed without a graceful shutdown. Use the exec form: ENTRYPOINT [\"dotnet\", \"App.dll\"].", findings[0].Message);
    }

    [TestMethod]
    public void A_command_that_needs_the_shell_is_told_to_exec_not_to_use_json()
    {
        var findings = Linter.Lint("FROM alpine\nCMD cd /app && python3 main.py\n", new LintOptions { Only = new[] { Id } });
        Assert.HasCount(1, findings);
        StringAssert.EndsWith(findings[0].Message, "put 'exec' before the program it finally starts, so that it replaces the shell, or move the steps into an entrypoint script run in exec form.");
    }
}
