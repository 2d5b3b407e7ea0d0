using Containerize.Dockerfiles;

namespace Containerize.Linting.Tests.Rules;

[TestClass]
public sealed class CTZ1102Tests
{
    private const string Rule = "CTZ1102";

    [TestMethod]
    public void Fires_on_an_untagged_image() =>
        RuleAssert.Fires(Rule, "FROM [|ubuntu|]\n", "FROM 'ubuntu' has no tag, so it means ':latest'", severity: DiagnosticSeverity.Warning);

    [TestMethod]
    public void Fires_on_latest() =>
        RuleAssert.Fires(Rule, "FROM [|debian:latest|]\n", "uses the floating 'latest' tag", severity: DiagnosticSeverity.Warning);

    [TestMethod]
    [DataRow("FROM [|node:lts|]\n", "lts")]
    [DataRow("FROM [|node:lts-alpine|] AS web\n", "lts")]
    [DataRow("FROM [|mcr.microsoft.com/powershell:lts-ubuntu-22.04|]\n", "lts")]
    [DataRow("FROM [|node:current-slim|]\n", "current")]
    [DataRow("FROM [|nginx:stable|]\n", "stable")]
    public void Floating_tags_other_than_latest_are_info(string markup, string tag) =>
        RuleAssert.Fires(Rule, markup, $"uses the floating '{tag}' tag, which moves to each new release", severity: DiagnosticSeverity.Info);

    [TestMethod]
    public void Reports_each_floating_stage() =>
        RuleAssert.Fires(Rule, "FROM [|golang|] AS build\nFROM [|alpine:latest|]\n", "Pin");

    [TestMethod]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:10.0.400-noble@sha256:e1fc6e4\n", DisplayName = "digest pins it")]
    [DataRow("FROM node:20.11-alpine\n", DisplayName = "version tag")]
    [DataRow("FROM scratch\n", DisplayName = "scratch")]
    [DataRow("ARG BASE=debian:12\nFROM $BASE\n", DisplayName = "variable")]
    [DataRow("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build\nFROM build\n", DisplayName = "stage reference")]
    [DataRow("FROM ubuntu:ltsc-like-24.04\n", DisplayName = "a word that only starts like lts")]
    public void Quiet_for_pinned_images(string dockerfile) => RuleAssert.Quiet(Rule, dockerfile);
}
