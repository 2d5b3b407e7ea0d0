using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

[TestClass]
public sealed class CTZ1203Tests
{
    private const string Rule = "CTZ1203";

    [TestMethod]
    public void Fires_when_a_later_run_deletes_a_copied_archive() =>
        RuleAssert.Fires(Rule, "FROM debian:12\nCOPY big.tar /tmp/big.tar\n[|RUN tar -xf /tmp/big.tar -C /opt && rm /tmp/big.tar|]\n",
            "'rm /tmp/big.tar' deletes what COPY at line 2 added ('/tmp/big.tar'): the bytes stay in that earlier layer.", severity: DiagnosticSeverity.Warning);

    [TestMethod]
    public void Fires_when_a_download_is_deleted_later() =>
        RuleAssert.Fires(Rule, "FROM debian:12\nRUN curl -o /tmp/x.tgz https://example.com/x.tgz\n[|RUN rm /tmp/x.tgz|]\n", "deletes what RUN at line 2 added");

    [TestMethod]
    public void One_small_copied_script_is_info() =>
        RuleAssert.Fires(Rule, "FROM debian:12\nCOPY dotnet-install.sh /tmp/dotnet-install.sh\n[|RUN /tmp/dotnet-install.sh && rm /tmp/dotnet-install.sh|]\n", "deletes what COPY at line 2 added", severity: DiagnosticSeverity.Info);

    [TestMethod]
    public void Fires_when_packages_are_uninstalled_later() =>
        RuleAssert.Fires(Rule, "FROM debian:12\nRUN apt-get install -y gcc\n[|RUN apt-get purge -y gcc|]\n", "uninstalls packages installed at line 2");

    [TestMethod]
    [DataRow("FROM debian:12\nWORKDIR /app\nCOPY --from=build /out ./\nRUN wget https://dot.net/v1/dotnet-install.sh -O dotnet-install.sh && ./dotnet-install.sh && rm dotnet-install.sh\n", DisplayName = "downloaded and removed in one RUN")]
    [DataRow("FROM debian:12\nRUN curl -o /tmp/x.tgz https://example.com/x.tgz && tar -xzf /tmp/x.tgz && rm /tmp/x.tgz\n", DisplayName = "one RUN")]
    [DataRow("FROM debian:12 AS build\nCOPY big.tar /tmp/big.tar\nRUN rm /tmp/big.tar\nFROM debian:12\n", DisplayName = "stage that never ships")]
    [DataRow("FROM debian:12\nRUN --mount=type=bind,source=big.tar,target=/tmp/big.tar tar -xf /tmp/big.tar -C /opt\n", DisplayName = "bind mount")]
    [DataRow("FROM debian:12\nRUN rm -rf /var/lib/apt/lists/*\n", DisplayName = "nothing copied there")]
    [DataRow("FROM debian:12\nRUN apt-get install -y gcc && make && apt-get purge -y gcc\n", DisplayName = "installed and purged in one RUN")]
    public void Quiet_when_nothing_earlier_is_deleted(string dockerfile) => RuleAssert.Quiet(Rule, dockerfile);
}
