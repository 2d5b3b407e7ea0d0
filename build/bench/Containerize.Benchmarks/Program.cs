using System.Diagnostics;
using System.Text.Json;
using Containerize.Benchmarks;

// A small harness (not a test): 'parse' measures throughput and allocations of our parser on the files
// whose paths arrive on stdin, and prints one JSON line the bench script puts beside the peers' numbers.
var verb = args.Length > 0 ? args[0] : "parse";
if (verb == "profile")
{
    // Warm time per rule over the corpus (diagnostic aid, not a benchmark result).
    var docs = Console.In.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(File.ReadAllText).Select(Containerize.Dockerfiles.Dockerfile.Parse).ToArray();
    var parseWatch = Stopwatch.StartNew();
    var texts = docs.Select(d => d.Text).ToArray();
    for (var i = 0; i < 200; i++) { foreach (var t in texts) { Containerize.Dockerfiles.Dockerfile.Parse(t); } }
    Console.WriteLine($"parse: {parseWatch.Elapsed.TotalMilliseconds / 200 / docs.Length * 1000:F1} us/file");
    var stagesWatch = Stopwatch.StartNew();
    for (var i = 0; i < 200; i++) { foreach (var t in texts) { _ = Containerize.Dockerfiles.Dockerfile.Parse(t).Stages.Stages.Count; } }
    Console.WriteLine($"parse+stages: {stagesWatch.Elapsed.TotalMilliseconds / 200 / docs.Length * 1000:F1} us/file");
    double Measure(Action<Containerize.Dockerfiles.Dockerfile> action)
    {
        for (var i = 0; i < 50; i++) { foreach (var t in texts) { action(Containerize.Dockerfiles.Dockerfile.Parse(t)); } }
        var w = Stopwatch.StartNew();
        for (var i = 0; i < 300; i++) { foreach (var t in texts) { action(Containerize.Dockerfiles.Dockerfile.Parse(t)); } }
        return w.Elapsed.TotalMilliseconds / 300 / texts.Length * 1000;
    }

    var none = Array.Empty<string>();
    Console.WriteLine($"A parse only:                  {Measure(_ => { }):F1} us/file");
    Console.WriteLine($"B parse + stage graph:         {Measure(d => _ = d.Stages.Stages.Count):F1} us/file");
    Console.WriteLine($"C parse + lint with no rules:  {Measure(d => Containerize.Linting.Linter.Lint(d, new Containerize.Linting.LintOptions { Only = none })):F1} us/file");
    Console.WriteLine($"D parse + lint, all rules:     {Measure(d => Containerize.Linting.Linter.Lint(d)):F1} us/file");
    foreach (var rule in Containerize.Linting.RuleCatalog.Descriptors)
    {
        var only = new[] { rule.Id };
        for (var i = 0; i < 20; i++) { foreach (var d in docs) { Containerize.Linting.Linter.Lint(d, new Containerize.Linting.LintOptions { Only = only }); } }
        var w = Stopwatch.StartNew();
        for (var i = 0; i < 200; i++) { foreach (var d in docs) { Containerize.Linting.Linter.Lint(d, new Containerize.Linting.LintOptions { Only = only }); } }
        Console.WriteLine($"{rule.Id}: {w.Elapsed.TotalMilliseconds / 200 / docs.Length * 1000:F1} us/file (context + rule)");
    }

    return;
}

if (verb == "cold")
{
    // First call in a fresh process: what a build without a compiler server pays.
    var text = File.ReadAllText(args[1]);
    var total = Stopwatch.StartNew();
    var parse = Stopwatch.StartNew();
    var parsed = Containerize.Dockerfiles.Dockerfile.Parse(text);
    parse.Stop();
    var lint = Stopwatch.StartNew();
    var found = Containerize.Linting.Linter.Lint(parsed).Count;
    lint.Stop();
    var second = Stopwatch.StartNew();
    Containerize.Linting.Linter.Lint(Containerize.Dockerfiles.Dockerfile.Parse(text));
    second.Stop();
    Console.WriteLine($"cold parse {parse.Elapsed.TotalMilliseconds:F1} ms, cold lint {lint.Elapsed.TotalMilliseconds:F1} ms, second parse+lint {second.Elapsed.TotalMilliseconds:F2} ms, findings {found}");
    return;
}

var paths = Console.In.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
var seconds = double.TryParse(Environment.GetEnvironmentVariable("BENCH_SECONDS"), out var s) ? s : 3.0;
var result = verb switch
{
    "parse" => ParseBenchmark.Run(paths, seconds),
    "lint" => LintBenchmark.Run(paths, seconds),
    _ => throw new ArgumentException("unknown benchmark: " + verb),
};
Console.WriteLine(JsonSerializer.Serialize(result));

namespace Containerize.Benchmarks
{
    internal static class LintBenchmark
    {
        private static readonly double WarmUpSeconds =
            double.TryParse(Environment.GetEnvironmentVariable("BENCH_WARMUP_SECONDS"), out var seconds) ? seconds : 3.0;

        /// <summary>Parse + every rule, per file, as the analyzer does it.</summary>
        public static Dictionary<string, object> Run(string[] paths, double minSeconds)
        {
            var texts = paths.Select(File.ReadAllText).ToArray();
            var findings = 0;
            void LintAll()
            {
                findings = 0;
                foreach (var text in texts)
                {
                    findings += Containerize.Linting.Linter.Lint(text).Count;
                }
            }

            // Warm up for BENCH_WARMUP_SECONDS (default 3; at least ten rounds), as the node harness does: both
            // runtimes compile their hot code again with optimizations after a while (.NET's tiered compilation
            // takes a few seconds on two cores), and the measurement is of that steady state.
            var warmUp = Stopwatch.StartNew();
            for (var i = 0; i < 10 || warmUp.Elapsed.TotalSeconds < WarmUpSeconds; i++)
            {
                LintAll();
            }

            // Half-second slices; the median slice is the result (this VM's speed varies from second to second).
            var slices = new List<double>();
            var iterations = 0;
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed.TotalSeconds < minSeconds)
            {
                var slice = Stopwatch.StartNew();
                var rounds = 0;
                while (slice.Elapsed.TotalSeconds < 0.5)
                {
                    LintAll();
                    rounds++;
                }

                iterations += rounds;
                slices.Add(texts.Length * rounds / slice.Elapsed.TotalSeconds);
            }

            slices.Sort();
            return new Dictionary<string, object>
            {
                ["linter"] = "Containerize.Linting",
                ["files"] = texts.Length,
                ["iterations"] = iterations,
                ["seconds"] = watch.Elapsed.TotalSeconds,
                ["filesPerSecond"] = slices[slices.Count / 2],
                ["slowestSlice"] = slices[0],
                ["fastestSlice"] = slices[slices.Count - 1],
                ["findings"] = findings,
            };
        }
    }

    internal static class ParseBenchmark
    {
        public static Dictionary<string, object> Run(string[] paths, double minSeconds)
        {
            var texts = paths.Select(File.ReadAllText).ToArray();
            var bytes = texts.Sum(t => (long)System.Text.Encoding.UTF8.GetByteCount(t));
            long sink = 0;
            void ParseAll()
            {
                foreach (var text in texts)
                {
                    sink += Containerize.Dockerfiles.Dockerfile.Parse(text).Instructions.Count;
                }
            }

            for (var i = 0; i < 20; i++)
            {
                ParseAll();
            }

            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            ParseAll();
            var allocatedPerFile = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / texts.Length;

            var iterations = 0;
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed.TotalSeconds < minSeconds)
            {
                ParseAll();
                iterations++;
            }

            var elapsed = watch.Elapsed.TotalSeconds;
            return new Dictionary<string, object>
            {
                ["parser"] = "Containerize.Dockerfiles",
                ["files"] = texts.Length,
                ["bytes"] = bytes,
                ["iterations"] = iterations,
                ["seconds"] = elapsed,
                ["mbPerSecond"] = bytes * iterations / elapsed / 1e6,
                ["allocatedBytesPerFile"] = allocatedPerFile,
                ["sink"] = sink,
            };
        }
    }
}
