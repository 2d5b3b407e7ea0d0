using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

[TestClass]
public sealed class CTZ1306Tests
{
    private const string Rule = "CTZ1306";

    [TestMethod]
    public void Fires_on_a_heredoc_script_of_several_commands() =>
        RuleAssert.Fires(Rule, "FROM mcr.microsoft.com/dotnet/sdk:10.0\n[|RUN|] <<EOF\ndotnet build src/App.csproj \\\n    --configuration=Release\n\ndotnet publish src/App.csproj \\\n    -o /app\ndotnet ef migrations bundle -o /app/efbundle\nEOF\n",
            "This heredoc RUN runs 3 commands without 'set -e': a command that fails does not stop the script", severity: DiagnosticSeverity.Warning);

    [TestMethod]
    public void Two_commands_are_info() =>
        RuleAssert.Fires(Rule, "FROM debian:12\n[|RUN|] <<EOF\napt-get update\napt-get install -y --no-install-recommends git\nEOF\n", "runs 2 commands", severity: DiagnosticSeverity.Info);

    [TestMethod]
    public void Fires_when_the_shell_is_named_without_e() =>
        RuleAssert.Fires(Rule, "FROM debian:12\n[|RUN|] bash -x <<EOF\nuseradd app\ngroupadd docker\nusermod -aG docker app\nEOF\n", "runs 3 commands");

    [TestMethod]
    public void Each_heredoc_run_is_reported() =>
        RuleAssert.Fires(Rule, "FROM debian:12\n[|RUN|] <<EOF\na\nb\nc\nEOF\n[|RUN|] <<EOF\nd\ne\nf\nEOF\n", "without 'set -e'");

    [TestMethod]
    [DataRow("FROM debian:12\nRUN <<EOF\nset -eux\napt-get update\napt-get install -y git\nEOF\n", DisplayName = "set -eux")]
    [DataRow("FROM debian:12\nRUN <<EOF\nset -o errexit\na\nb\nEOF\n", DisplayName = "set -o errexit")]
    [DataRow("FROM debian:12\nRUN <<EOF\n#!/bin/bash -e\na\nb\nEOF\n", DisplayName = "shebang -e")]
    [DataRow("FROM debian:12\nRUN bash -e <<EOF\na\nb\nc\nEOF\n", DisplayName = "bash -e")]
    [DataRow("FROM debian:12\nRUN <<EOF\napt-get update && \\\n  apt-get install -y git && \\\n  rm -rf /var/lib/apt/lists/*\nEOF\n", DisplayName = "one && chain")]
    [DataRow("FROM debian:12\nRUN <<EOF\ndotnet publish -o /app\nEOF\n", DisplayName = "one command")]
    [DataRow("FROM debian:12\nRUN cat <<EOF > /etc/app.conf\na=1\nb=2\nc=3\nEOF\n", DisplayName = "a heredoc that writes a file")]
    [DataRow("FROM debian:12\nRUN apt-get update && apt-get install -y git\n", DisplayName = "no heredoc")]
    public void Quiet_when_failures_stop_the_script(string dockerfile) => RuleAssert.Quiet(Rule, dockerfile);
}
