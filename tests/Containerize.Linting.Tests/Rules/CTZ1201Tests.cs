using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

[TestClass]
public sealed class CTZ1201Tests
{
    private const string Rule = "CTZ1201";

    [TestMethod]
    public void Apt_lists_are_reported_at_the_run_that_writes_them() =>
        RuleAssert.Fires(Rule, "FROM debian:12\n[|RUN apt-get update|]\nRUN apt-get install -y --no-install-recommends curl\n",
            "'apt-get update' writes the package lists (tens of MB) into this layer", severity: DiagnosticSeverity.Warning);

    [TestMethod]
    public void Recommends_of_apt_install_are_found_too() =>
        RuleAssert.Fires(Rule, "FROM debian:12\n[|RUN apt update && apt install -y git && rm -rf /var/lib/apt/lists/*|]\n", "'apt install' without '--no-install-recommends'");

    [TestMethod]
    public void Apk_without_no_cache() =>
        RuleAssert.Fires(Rule, "FROM alpine:3.20\n[|RUN apk add curl|]\n", "'apk add' keeps its package cache in the layer");

    [TestMethod]
    public void Pip_without_no_cache_dir() =>
        RuleAssert.Fires(Rule, "FROM python:3.12\n[|RUN pip install flask|]\n", "'pip install' keeps downloaded wheels");

    [TestMethod]
    public void Onbuild_triggers_are_checked() =>
        RuleAssert.Fires(Rule, "FROM alpine:3.20\n[|ONBUILD RUN apk add git|]\n", "'apk add'");

    [TestMethod]
    [DataRow("FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*\n", DisplayName = "cleaned in the same RUN")]
    [DataRow("FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y --no-install-recommends curl\n", DisplayName = "cache mounts")]
    [DataRow("FROM debian:12 AS build\nRUN apt-get update && apt-get install -y curl\nFROM debian:12\nCOPY --from=build /usr/bin/curl /usr/bin/curl\n", DisplayName = "build stage never ships")]
    [DataRow("FROM alpine:3.20\nRUN apk add --no-cache curl\n", DisplayName = "apk --no-cache")]
    [DataRow("FROM debian:12\nRUN apt-get install -y --no-install-recommends curl\n", DisplayName = "install-only RUN: the lists come from elsewhere")]
    [DataRow("FROM python:3.12\nENV PIP_NO_CACHE_DIR=1\nRUN pip install flask\n", DisplayName = "pip cache disabled by ENV")]
    public void Quiet_when_nothing_stays_behind(string dockerfile) => RuleAssert.Quiet(Rule, dockerfile);
}
