using System.Text.Json;
using Containerize.Diagnostics;
using Containerize.Dockerfiles;
using Containerize.Imaging;
using Containerize.Linting;

namespace Containerize.Cli;

/// <summary>
/// <c>containerize lint FILE… [--format text|json|sarif] [--property Name=Value]… [--context DIR] [--no-context]</c>:
/// the analyzers' rules outside a build, for any Dockerfile or folder of Dockerfiles. Exit 1 when any finding is an error,
/// 2 when an input could not be read (the others are still linted) or the arguments are wrong.
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

        if (context is not null && useContext && !Directory.Exists(context))
        {
            var missing = DiagnosticCatalog.MissingContextDirectory;
            stderr.WriteLine($"containerize lint: error {missing.Id}: {missing.Format(context, "nothing was linted", "--context: it names the folder docker build sends (the one with .dockerignore), or leave it out to use each Dockerfile's folder")}");
            return 2;
        }

        var results = new List<(string File, Dockerfile Dockerfile, IReadOnlyList<DockerfileDiagnostic> Findings)>();
        var times = new List<(string File, double Milliseconds)>();
        var unreadable = 0;
        foreach (var file in Expand(files, stderr, ref unreadable))
        {
            // One unreadable file is reported and skipped; the others are still linted (exit 2 at the end).
            var bytes = CommandLine.ReadInput(file, stderr);
            if (bytes is null)
            {
                unreadable++;
                continue;
            }

            var watch = System.Diagnostics.Stopwatch.StartNew();
            var dockerfile = Dockerfile.Parse(bytes);
            var contextDir = context ?? (file == "-" ? null : Path.GetDirectoryName(Path.GetFullPath(file)));
            var manifest = useContext && contextDir is not null && Directory.Exists(contextDir)
                ? ContextManifest.Parse(ContextManifestWriter.Write(contextDir, stable: false))
                : null;
            var findings = new List<DockerfileDiagnostic>(Linter.Syntax(dockerfile));
            findings.AddRange(Linter.Lint(dockerfile, new LintOptions { Project = new ProjectFacts(properties), Manifest = manifest, Today = date }));
            results.Add((file, dockerfile, findings));
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
                foreach (var (file, _, findings) in results)
                {
                    foreach (var f in findings)
                    {
                        output.Write(f.Format(file) + "\n");
                    }
                }

                break;
        }

        if (unreadable > 0)
        {
            stderr.WriteLine($"containerize lint: {unreadable} input(s) could not be read (see above); the other {results.Count} file(s) were linted.");
            return 2;
        }

        var anyError = results.Any(r => r.Findings.Any(f => f.Severity == DiagnosticSeverity.Error) || r.Dockerfile.HasErrors);
        return anyError ? 1 : 0;
    }

    /// <summary>Files as given; a folder stands for the Dockerfiles under it (build output and VCS folders skipped), in path order.</summary>
    private static IEnumerable<string> Expand(List<string> arguments, TextWriter stderr, ref int unreadable)
    {
        var expanded = new List<string>();
        foreach (var argument in arguments)
        {
            if (argument == "-" || !Directory.Exists(argument))
            {
                expanded.Add(argument);
                continue;
            }

            var found = DockerfilesUnder(argument);
            if (found.Count == 0)
            {
                stderr.WriteLine($"containerize: '{argument}' is a folder with no Dockerfile in it (Dockerfile, *.Dockerfile, Dockerfile.*); name the files to lint.");
                unreadable++;
            }

            expanded.AddRange(found);
        }

        return expanded;
    }

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", ".git", "node_modules", ".vs", ".idea" };

    private static List<string> DockerfilesUnder(string folder)
    {
        var found = new List<string>();
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            try
            {
                foreach (var file in Directory.EnumerateFiles(current))
                {
                    if (DockerfileNames.IsDockerfile(file))
                    {
                        found.Add(file);
                    }
                }

                foreach (var sub in Directory.EnumerateDirectories(current))
                {
                    if (!SkippedFolders.Contains(Path.GetFileName(sub)))
                    {
                        pending.Push(sub);
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // An unreadable sub-folder is skipped like an unreadable file is: reported by the caller when nothing is found.
            }
        }

        found.Sort(StringComparer.Ordinal);
        return found;
    }

    /// <summary>Finding counts per rule and the time per file (parse + context measurement + rules).</summary>
    private static void WriteStats(List<(string File, Dockerfile Dockerfile, IReadOnlyList<DockerfileDiagnostic> Findings)> results, List<(string File, double Milliseconds)> times, TextWriter stderrOrOut)
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

    private static void WriteJson(List<(string File, Dockerfile Dockerfile, IReadOnlyList<DockerfileDiagnostic> Findings)> results, TextWriter output)
    {
        var items = new List<object>();
        foreach (var (file, dockerfile, findings) in results)
        {
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
