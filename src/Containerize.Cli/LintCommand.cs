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
    private const string Usage = "usage: containerize lint FILE... [--format text|json|sarif] [--property Name=Value]... [--context DIR] [--no-context] [--stats] [--date yyyy-MM-dd]";

    public static int Run(string[] args, TextWriter output, TextWriter stderr)
    {
        var files = new List<string>();
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        var format = "text";
        string? context = null;
        var useContext = true;
        var stats = false;
        var today = Environment.GetEnvironmentVariable("CONTAINERIZE_LINT_DATE");
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
                case "--stats":
                    stats = true;
                    break;
                case "--date" when i + 1 < args.Length:
                    today = args[++i];
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

        DateTime? date = null;
        if (!string.IsNullOrWhiteSpace(today))
        {
            if (!DateTime.TryParseExact(today!.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                stderr.WriteLine($"containerize lint: the lint date '{today}' (--date or CONTAINERIZE_LINT_DATE) is not yyyy-MM-dd.");
                return 2;
            }

            date = parsed;
        }

        var results = new List<(string File, Dockerfile Dockerfile, IReadOnlyList<Finding> Findings)>();
        var times = new List<(string File, double Milliseconds)>();
        foreach (var file in files)
        {
            var bytes = CommandLine.ReadInput(file, stderr);
            if (bytes is null)
            {
                return 2;
            }

            var watch = System.Diagnostics.Stopwatch.StartNew();
            var dockerfile = Dockerfile.Parse(bytes);
            var contextDir = context ?? (file == "-" ? null : Path.GetDirectoryName(Path.GetFullPath(file)));
            var manifest = useContext && contextDir is not null && Directory.Exists(contextDir)
                ? ContextManifest.Parse(ContextManifestWriter.Write(contextDir, stable: false))
                : null;
            results.Add((file, dockerfile, Linter.Lint(dockerfile, new LintOptions { Project = new ProjectFacts(properties), Manifest = manifest, Today = date })));
            times.Add((file, watch.Elapsed.TotalMilliseconds));
        }

        if (stats)
        {
            WriteStats(results, times, stderrOrOut: format == "text" ? output : stderr);
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

    /// <summary>Finding counts per rule and the time per file (parse + context measurement + rules).</summary>
    private static void WriteStats(List<(string File, Dockerfile Dockerfile, IReadOnlyList<Finding> Findings)> results, List<(string File, double Milliseconds)> times, TextWriter stderrOrOut)
    {
        var counts = results.SelectMany(r => r.Findings).GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        stderrOrOut.Write($"\n{results.Count} file(s), {results.Sum(r => r.Findings.Count)} finding(s)\n");
        stderrOrOut.Write("findings per rule:\n");
        foreach (var rule in RuleCatalog.Descriptors)
        {
            var n = counts.FirstOrDefault(g => g.Key == rule.Id)?.Count() ?? 0;
            stderrOrOut.Write($"  {rule.Id}  {n,5}  {rule.Title}\n");
        }

        stderrOrOut.Write("time per file (ms; the first includes start-up):\n");
        foreach (var (file, ms) in times)
        {
            stderrOrOut.Write($"  {ms,8:F3}  {file}\n");
        }

        var warm = times.Skip(1).Select(t => t.Milliseconds).ToList();
        if (warm.Count > 0)
        {
            stderrOrOut.Write($"  mean after the first: {warm.Average():F3} ms, max {warm.Max():F3} ms\n");
        }
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
