using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

[TestClass]
public sealed class CTZ1204Tests
{
    private const string Rule = "CTZ1204";

    [TestMethod]
    public void Fires_on_chown_of_copied_files() =>
        RuleAssert.Fires(Rule, "FROM debian:12\nCOPY app/ /app/\n[|RUN chown -R 1000:1000 /app|]\n",
            "'chown -R /app' rewrites every file that COPY at line 2 wrote ('/app'), storing them twice. Use 'COPY --chown=1000:1000 …' instead.", severity: DiagnosticSeverity.Warning);

    [TestMethod]
    public void Fires_on_chmod_of_copied_files() =>
        RuleAssert.Fires(Rule, "FROM debian:12\nCOPY app/ /app/\n[|RUN chmod -R 755 /app|]\n", "Use 'COPY --chmod=755 …' instead.");

    [TestMethod]
    public void Fires_for_a_folder_above_the_copy() =>
        RuleAssert.Fires(Rule, "FROM debian:12\nWORKDIR /srv\nCOPY site/ ./site/\n[|RUN chown -R www-data /srv|]\n", "rewrites every file that COPY at line 3 wrote");

    [TestMethod]
    public void Fires_on_recursive_changes_of_base_image_folders() =>
        RuleAssert.Fires(Rule, "FROM debian:12\n[|RUN chgrp -R 0 /opt /usr && \\\n    chmod -R g=u /opt /usr|]\n",
            "'chgrp -R /opt' rewrites every file of the base image under '/opt' into a new layer: the image stores them twice.", severity: DiagnosticSeverity.Warning);

    [TestMethod]
    [DataRow("FROM debian:12\nCOPY --chown=1000:1000 app/ /app/\n", DisplayName = "chown on the COPY")]
    [DataRow("FROM debian:12\nRUN mkdir -p /var/lib/app && chown -R 1000 /var/lib/app\n", DisplayName = "a folder the app writes")]
    [DataRow("FROM debian:12\nRUN mkdir /data && chown -R 1000 /data\n", DisplayName = "nothing copied there")]
    [DataRow("FROM debian:12 AS build\nCOPY app/ /app/\nRUN chown -R 1000 /app\nFROM debian:12\n", DisplayName = "stage that never ships")]
    [DataRow("FROM debian:12\nCOPY app/ /app/\nRUN chown 1000 /app\n", DisplayName = "not recursive: only the folder entry")]
    [DataRow("FROM debian:12\nCOPY app/ /app/\nRUN chown -R 1000 /other\n", DisplayName = "another folder")]
    [DataRow("FROM debian:12\nCOPY app/ /app/\n", DisplayName = "no chown at all")]
    public void Quiet_when_no_copied_file_is_rewritten(string dockerfile) => RuleAssert.Quiet(Rule, dockerfile);
}
