using System.Diagnostics;
using System.Text.Json;
using Containerize.Benchmarks;

// A small harness (not a test): 'parse' measures throughput and allocations of our parser on the files
// whose paths arrive on stdin, and prints one JSON line the bench script puts beside the peers' numbers.
var verb = args.Length > 0 ? args[0] : "parse";
var paths = Console.In.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
var seconds = double.TryParse(Environment.GetEnvironmentVariable("BENCH_SECONDS"), out var s) ? s : 3.0;
var result = verb switch
{
    "parse" => ParseBenchmark.Run(paths, seconds),
    _ => throw new ArgumentException("unknown benchmark: " + verb),
};
Console.WriteLine(JsonSerializer.Serialize(result));

namespace Containerize.Benchmarks
{
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
