using System.Text.Json;
using Containerize.Diagnostics;
using Containerize.Dockerfiles;
using Containerize.Linting;

namespace Containerize.Cli;

/// <summary>SARIF 2.1.0, the format code-scanning services read: one run, the rules, and a result per finding with its region.</summary>
internal static class SarifWriter
{
    public static void Write(IReadOnlyList<(string File, Dockerfile Dockerfile, IReadOnlyList<DockerfileDiagnostic> Findings)> results, TextWriter output)
    {
        var rules = DiagnosticCatalog.All.Where(d => d.Area is DiagnosticArea.Syntax or DiagnosticArea.Rule).Select(d => new Dictionary<string, object>
        {
            ["id"] = d.Id,
            ["shortDescription"] = new { text = d.Title },
            ["fullDescription"] = new { text = RuleCatalog.Find(d.Id)?.Description ?? d.Title },
            ["messageStrings"] = new Dictionary<string, object> { ["default"] = new { text = d.MessageFormat } },
            ["helpUri"] = d.HelpLink,
            ["defaultConfiguration"] = new { level = Level(d.DefaultSeverity) },
        }).ToList();
        var sarifResults = new List<object>();
        foreach (var (file, dockerfile, findings) in results)
        {
            var uri = file.Replace('\\', '/');
            sarifResults.AddRange(findings.Select(f => Result(f.RuleId, f.Severity, f.Message, uri, f.Range)));
        }

        var log = new Dictionary<string, object>
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new[]
            {
                new Dictionary<string, object>
                {
                    ["tool"] = new { driver = new Dictionary<string, object> { ["name"] = "containerize", ["informationUri"] = "https://github.com/containerize-sdk/containerize-sdk", ["rules"] = rules } },
                    ["results"] = sarifResults,
                },
            },
        };
        output.Write(JsonSerializer.Serialize(log, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    }

    private static object Result(string id, DiagnosticSeverity severity, string message, string uri, SourceRange range) => new Dictionary<string, object>
    {
        ["ruleId"] = id,
        ["level"] = Level(severity),
        ["message"] = new { text = message },
        ["locations"] = new[]
        {
            new
            {
                physicalLocation = new
                {
                    artifactLocation = new { uri },
                    region = new { startLine = range.Start.Line, startColumn = range.Start.Column, endLine = range.End.Line, endColumn = range.End.Column },
                },
            },
        },
    };

    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
