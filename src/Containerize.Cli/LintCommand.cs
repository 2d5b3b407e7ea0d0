using System.Text.Json;
using Containerize.Dockerfiles;
using Containerize.Imaging;
using Containerize.Linting;

namespace Containerize.Cli;

/// <summary>
/// <c>containerize lint FILE… [--format text|json|sarif] [--property Name=Value]… [--context DIR] [--no-context]</c>:
/// the analyzers' rules outside a build, for any Dockerfile. Exit 1 when any finding is an error.
/// </summary>
internal static class LintCommand
{
    private const string Usage = "usage: containerize lint FILE... [--format text|json|sarif] [--property Name=Value]... [--context DIR] [--no-context]";

    public static int Run(string[] args, TextWriter output, TextWriter stderr)
    {
        var files = new List<string>();
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        var format = "text";
        string? context = null;
        var useContext = true;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--format" when i + 1 < args.Length:
                    format = args[++i];
                    break;
                case "--property" or "-p" when i + 1 < args.Length:
                    var pair = args[++i];
                    var eq = pair.IndexOf('=');
                    if (eq <= 0)
                    {
                        stderr.WriteLine($"containerize lint: --property takes Name=Value, not '{pair}'.");
                        return 2;
                    }

                    properties[pair.Substring(0, eq)] = pair.Substring(eq + 1);
                    break;
                case "--context" when i + 1 < args.Length:
                    context = args[++i];
                    break;
                case "--no-context":
                    useContext = false;
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        stderr.WriteLine($"containerize lint: unknown option '{args[i]}'.\n{Usage}");
                        return 2;
                    }

                    files.Add(args[i]);
                    break;
            }
        }

        if (files.Count == 0 || format is not ("text" or "json" or "sarif"))
        {
            stderr.WriteLine(Usage);
            return 2;
        }

        var results = new List<(string File, Dockerfile Dockerfile, IReadOnlyList<Finding> Findings)>();
        foreach (var file in files)
        {
            var bytes = CommandLine.ReadInput(file, stderr);
            if (bytes is null)
            {
                return 2;
            }

            var dockerfile = Dockerfile.Parse(bytes);
            var contextDir = context ?? (file == "-" ? null : Path.GetDirectoryName(Path.GetFullPath(file)));
            var manifest = useContext && contextDir is not null && Directory.Exists(contextDir)
                ? ContextManifest.Parse(ContextManifestWriter.Write(contextDir, stable: false))
                : null;
            results.Add((file, dockerfile, Linter.Lint(dockerfile, new LintOptions { Project = new ProjectFacts(properties), Manifest = manifest })));
        }

        switch (format)
        {
            case "json":
                WriteJson(results, output);
                break;
            case "sarif":
                SarifWriter.Write(results.Select(r => (r.File, r.Dockerfile, r.Findings)).ToList(), output);
                break;
            default:
                foreach (var (file, dockerfile, findings) in results)
                {
                    foreach (var d in dockerfile.Diagnostics)
                    {
                        output.Write(d.Format(file) + "\n");
                    }

                    foreach (var f in findings)
                    {
                        output.Write(f.Format(file) + "\n");
                    }
                }

                break;
        }

        var anyError = results.Any(r => r.Findings.Any(f => f.Severity == DiagnosticSeverity.Error) || r.Dockerfile.HasErrors);
        return anyError ? 1 : 0;
    }

    private static void WriteJson(List<(string File, Dockerfile Dockerfile, IReadOnlyList<Finding> Findings)> results, TextWriter output)
    {
        var items = new List<object>();
        foreach (var (file, dockerfile, findings) in results)
        {
            items.AddRange(dockerfile.Diagnostics.Select(d => Item(d.Id, d.Severity, file, d.Range, d.Message)));
            items.AddRange(findings.Select(f => Item(f.RuleId, f.Severity, file, f.Range, f.Message)));
        }

        output.Write(JsonSerializer.Serialize(items, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n");
    }

    private static object Item(string id, DiagnosticSeverity severity, string file, SourceRange range, string message) => new Dictionary<string, object>
    {
        ["id"] = id,
        ["severity"] = severity.ToString().ToLowerInvariant(),
        ["file"] = file,
        ["line"] = range.Start.Line,
        ["column"] = range.Start.Column,
        ["endLine"] = range.End.Line,
        ["endColumn"] = range.End.Column,
        ["message"] = message,
    };
}
