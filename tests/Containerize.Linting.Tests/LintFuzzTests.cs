using Containerize.Dockerfiles;
using Containerize.Testing;
using CsCheck;

namespace Containerize.Linting.Tests;

/// <summary>
/// Mutated corpus Dockerfiles through every rule, the pragmas and BuildKit's check directive, with a context manifest
/// that has .dockerignore patterns: nothing throws, no rule fails (CTZ0014), every span is inside the text.
/// CI runs 10,000 inputs; <c>build/fuzz.sh</c> runs a million.
/// </summary>
[TestClass]
public sealed class LintFuzzTests
{
    private static readonly string[] Fragments =
    {
        "\\\n", "\n", "\r\n", "\"", "'", "[\"a\", \"b\"]", "${", "${a:-b}", "$", "$TARGETARCH", "${BUILDPLATFORM}", "$PAHT", "\uFEFF", "\0", " ",
        "# check=skip=all;error=true\n", "# check=experimental=all\n", "# check=skip=UndefinedVar,Bogus;error=yes;x\n", "#check=error=true\n",
        "# hadolint ignore=DL3000\n", "# hadolint ignore=crazy\n", "# containerize global ignore=CTZ1120\n", "# containerize ignore\n",
        "ARG X\n", "ARG X=1 Y\n", "ENV a b\n", "ENV p=\"\"\n", "MAINTAINER x\n", "EXPOSE 80:80/TCP\n", "EXPOSE 127.0.0.1:1:2\n",
        "FROM --platform=linux/amd64 ", "FROM --platform=$TARGETPLATFORM ", " AS Build\n", " as scratch\n", "FROM scratch\n", "FROM $IMG:$V\n",
        "COPY ../x /y\n", "COPY --from=", "ADD https://x/y.tgz /\n", "WORKDIR rel\n", "CMD a && b\n", "ENTRYPOINT x\n", "SHELL [\"x\"]\n",
        "HEALTHCHECK CMD x\n", "# BadName description\n", "RUN <<EOF\nset -e\nEOF\n", "copy ", "From ", "onbuild ", "LABEL k v\n",
    };

    private const string Manifest = "D\t1000\t3\t./\nF\t500\tDockerfile\nI\tsecrets.json\nI\t**/*.pfx\nI\tbin\nI\t!bin/keep\nI\t[\n";

    private static readonly Lazy<byte[][]> Seeds = new(LoadSeeds);

    private static long Iterations =>
        long.TryParse(Environment.GetEnvironmentVariable("CONTAINERIZE_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : 10_000;

    [TestMethod]
    public void Rules_and_directives_never_throw_on_mutated_corpus_files()
    {
        var seeds = Seeds.Value;
        var manifest = ContextManifest.Parse(Manifest);
        var project = new ProjectFacts(new Dictionary<string, string> { ["TargetFramework"] = "net10.0", ["AssemblyName"] = "App", ["UsingMicrosoftNETSdkWeb"] = "true" });
        long count = 0, findings = 0;
        var gen = Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.Int[0, seeds.Length - 1], Gen.Int.Array[1, 8]);
        gen.Sample(
            (first, second, ops) =>
            {
                var input = DockerfileMutator.Mutate(seeds[first], seeds[second], ops, Fragments);
                var dockerfile = Dockerfile.Parse(input);
                var all = Linter.Syntax(dockerfile).Concat(Linter.Lint(dockerfile, new LintOptions { Manifest = manifest, Project = project })).ToList();
                foreach (var finding in all)
                {
                    if (finding.Id == "CTZ0014")
                    {
                        throw new InvalidOperationException(finding.Message + "; input (base64): " + Convert.ToBase64String(input));
                    }

                    if (finding.Span.Start < 0 || finding.Span.End > dockerfile.Text.Length)
                    {
                        throw new InvalidOperationException($"{finding.Id} span {finding.Span} outside the text; input (base64): " + Convert.ToBase64String(input));
                    }
                }

                Interlocked.Add(ref findings, all.Count);
                Interlocked.Increment(ref count);
            },
            iter: Iterations,
            threads: 1);
        Assert.IsGreaterThanOrEqualTo(Math.Min(Iterations, 10_000), count);
        Console.WriteLine($"fuzz (rules and directives): {count} mutated inputs, {findings} findings, 0 exceptions, 0 rule failures");
    }

    private static byte[][] LoadSeeds()
    {
        var files = Directory.GetFiles(Path.Combine(TestPaths.RepoRoot, "tests", "Containerize.Dockerfiles.Tests", "testdata", "buildkit"), "Dockerfile", SearchOption.AllDirectories).ToList();
        var corpus = TestPaths.Corpus;
        if (corpus is not null)
        {
            files.AddRange(Directory.GetFiles(Path.Combine(corpus, "real-dockerfiles")).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)));
            files.AddRange(Directory.GetFiles(Path.Combine(corpus, "dotnet-dockerfiles", "files")));
        }

        files.Sort(StringComparer.Ordinal);
        var seeds = files.Select(File.ReadAllBytes).ToList();
        var cases = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tests", "Containerize.Linting.Tests", "testdata", "buildkit-lint", "cases.json")));
        seeds.AddRange(cases.RootElement.EnumerateArray().Select(c => System.Text.Encoding.UTF8.GetBytes(c.GetProperty("dockerfile").GetString()!)));
        return seeds.ToArray();
    }
}
