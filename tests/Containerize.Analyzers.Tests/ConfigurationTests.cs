using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;

namespace Containerize.Analyzers.Tests;

/// <summary>Severity from .editorconfig and .globalconfig, and in-file suppression, through the real analyzer.</summary>
[TestClass]
public sealed class ConfigurationTests
{
    [TestMethod]
    public async Task Editorconfig_raises_a_rule_to_error_for_the_projects_dockerfile()
    {
        await AnalyzerVerifier.VerifyAsync(
            "FROM {|#0:ubuntu|}\nUSER 1000\n",
            editorconfig: "root = true\n\n[*.cs]\ndotnet_diagnostic.CTZ1102.severity = error\n",
            expected: new DiagnosticResult("CTZ1102", DiagnosticSeverity.Error).WithLocation(0).WithMessageFormat("{0}").WithArguments("FROM 'ubuntu' has no tag, so it means ':latest' and changes over time. Pin a version, e.g. 'ubuntu:<version>' (or a digest)."));
    }

    [TestMethod]
    public async Task A_rule_lowers_one_finding_to_info_and_a_configured_severity_wins()
    {
        const string Markup = "FROM {|#0:node:lts|}\nUSER 1000\n";
        const string Message = "FROM 'node:lts' uses the floating 'lts' tag, which moves to each new release. Pin a version tag (or a digest) so builds are repeatable.";
        await AnalyzerVerifier.VerifyAsync(Markup, expected: new DiagnosticResult("CTZ1102", DiagnosticSeverity.Info).WithLocation(0).WithMessageFormat("{0}").WithArguments(Message));
        await AnalyzerVerifier.VerifyAsync(
            Markup,
            editorconfig: "root = true\n\n[*.cs]\ndotnet_diagnostic.CTZ1102.severity = warning\n",
            expected: new DiagnosticResult("CTZ1102", DiagnosticSeverity.Warning).WithLocation(0).WithMessageFormat("{0}").WithArguments(Message));
    }

    [TestMethod]
    public async Task Editorconfig_none_silences_a_rule()
    {
        await AnalyzerVerifier.VerifyAsync(
            "FROM ubuntu\nUSER 1000\n",
            editorconfig: "root = true\n\n[*]\ndotnet_diagnostic.CTZ1102.severity = none\n");
    }

    [TestMethod]
    public async Task Containerize_ignore_pragma_suppresses_the_next_instruction_only()
    {
        await AnalyzerVerifier.VerifyAsync("# containerize ignore=CTZ1102\nFROM ubuntu\nFROM {|CTZ1102:debian|}\nUSER 1000\n");
    }

    [TestMethod]
    public async Task Hadolint_pragmas_are_honoured_for_mapped_rules()
    {
        await AnalyzerVerifier.VerifyAsync("# hadolint global ignore=DL3006\nFROM ubuntu\nFROM {|CTZ1102:debian:latest|}\nUSER 1000\n");
    }

    [TestMethod]
    public async Task Containerize_global_ignore_suppresses_everywhere()
    {
        await AnalyzerVerifier.VerifyAsync("FROM ubuntu\n# containerize global ignore=CTZ1102, CTZ1301\nFROM debian\n");
    }

    [TestMethod]
    public async Task Files_named_like_dockerfiles_are_linted_and_others_are_not()
    {
        await AnalyzerVerifier.VerifyAsync("FROM {|CTZ1102:ubuntu|}\nUSER 1000\n", fileName: "api.Dockerfile");
        await AnalyzerVerifier.VerifyAsync("FROM {|CTZ1102:ubuntu|}\nUSER 1000\n", fileName: "Dockerfile.dev");
        await AnalyzerVerifier.VerifyAsync("FROM ubuntu\nUSER 1000\n", fileName: "notes.txt");
    }

    [TestMethod]
    public async Task Syntax_problems_are_reported_with_their_code()
    {
        await AnalyzerVerifier.VerifyAsync("FROM alpine:3.20\n{|CTZ0010:COPPY|} a b\nUSER 1000\n");
    }
}
