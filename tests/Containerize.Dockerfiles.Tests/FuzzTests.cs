using System.Text;
using Containerize.Testing;
using CsCheck;

namespace Containerize.Dockerfiles.Tests;

/// <summary>
/// Mutates corpus Dockerfiles (bit flips, truncation, splicing, inserted escapes, heredocs, quotes, JSON
/// brackets, directives, BOMs, NULs) and checks the parser never throws and its output stays coherent.
/// CI runs 10,000 inputs; <c>build/fuzz.sh</c> runs a million.
/// </summary>
[TestClass]
public sealed class FuzzTests
{
    private static readonly string[] Fragments =
    {
        "\\", "\\\n", "`", "`\n", "<<EOF\n", "<<-'EOF'\n", "EOF\n", "\n", "\r\n", "\r", "\"", "'", "[", "]", "[\"a\", 1]",
        "--", "--mount=type=cache,target=/x ", "${", "${a:-b}", "$", "# escape=`\n", "# syntax=x\n", "\uFEFF", "\0",
        "\t", " ", "ONBUILD ", "RUN ", "COPY ", "ENV ", "ARG ", "FROM ", "HEALTHCHECK ", "=", "#", "\u00a0", "\u2028", "é",
    };

    private static readonly Lazy<byte[][]> Seeds = new(LoadSeeds);

    private static long Iterations =>
        long.TryParse(Environment.GetEnvironmentVariable("CONTAINERIZE_FUZZ_ITERATIONS"), out var n) && n > 0 ? n : 10_000;

    [TestMethod]
    public void Parser_never_throws_on_mutated_corpus_files()
    {
        var seeds = Seeds.Value;
        long count = 0;
        var gen = Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.Int[0, seeds.Length - 1], Gen.Int.Array[1, 8]);
        gen.Sample(
            (first, second, ops) =>
            {
                var input = Mutate(seeds[first], seeds[second], ops);
                CheckInvariants(input);
                Interlocked.Increment(ref count);
            },
            iter: Iterations,
            threads: 1);
        Assert.IsGreaterThanOrEqualTo(Math.Min(Iterations, 10_000), count);
        Console.WriteLine($"fuzz: {count} mutated inputs, 0 exceptions");
    }

    [TestMethod]
    public void Parser_never_throws_on_random_bytes()
    {
        Gen.Byte.Array[0, 400].Sample(bytes => CheckInvariants(bytes), iter: 2_000, threads: 1);
    }

    private static void CheckInvariants(byte[] input)
    {
        var dockerfile = Dockerfile.Parse(input);
        var text = dockerfile.Text;
        _ = dockerfile.Dump();
        _ = dockerfile.Stages.Stages.Count;
        foreach (var instruction in dockerfile.Instructions)
        {
            AssertInside(instruction.Span, text);
            foreach (var token in instruction.Arguments)
            {
                AssertInside(token.Span, text);
            }

            foreach (var flag in instruction.Flags)
            {
                AssertInside(flag.Span, text);
            }

            if (instruction.StartLine > instruction.EndLine)
            {
                throw new InvalidOperationException($"start line {instruction.StartLine} after end line {instruction.EndLine}");
            }
        }

        foreach (var diagnostic in dockerfile.Diagnostics)
        {
            AssertInside(diagnostic.Span, text);
        }

        if (!dockerfile.HasErrors && dockerfile.Instructions.All(IsPrintable))
        {
            // Whatever parses must print and parse back to the same instructions.
            // (The writer leaves out whitespace-only instructions, which have no keyword: see DockerfileWriter.)
            var reparsed = Dockerfile.Parse(DockerfileWriter.Write(dockerfile));
            var expected = string.Join("\n", dockerfile.Instructions.Where(i => i.Keyword.Length > 0).Select(i => i.Dump()));
            if (string.Join("\n", reparsed.Instructions.Select(i => i.Dump())) != expected)
            {
                throw new InvalidOperationException("write/parse round trip changed the dump; input (base64): " + Convert.ToBase64String(input));
            }
        }
    }

    private static bool IsPrintable(Instruction instruction) =>
        instruction.Flags.All(f => f.IsPrintable) && (instruction is not OnbuildInstruction { Trigger: { } trigger } || IsPrintable(trigger));

    private static void AssertInside(TextSpan span, string text)
    {
        if (span.Start < 0 || span.End > text.Length || span.Length < 0)
        {
            throw new InvalidOperationException($"span {span} outside text of length {text.Length}");
        }
    }

    private static byte[] Mutate(byte[] first, byte[] second, int[] ops) => DockerfileMutator.Mutate(first, second, ops, Fragments);

    private static byte[][] LoadSeeds()
    {
        var files = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "testdata", "buildkit"), "Dockerfile", SearchOption.AllDirectories).ToList();
        var corpus = TestPaths.Corpus;
        if (corpus is not null)
        {
            files.AddRange(Directory.GetFiles(Path.Combine(corpus, "real-dockerfiles")).Where(f => !f.EndsWith(".json", StringComparison.Ordinal)));
        }

        files.Sort(StringComparer.Ordinal);
        return files.Select(File.ReadAllBytes).ToArray();
    }
}
