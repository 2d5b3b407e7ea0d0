using Containerize.Dockerfiles;
using CsCheck;

namespace Containerize.Generation.Tests;

/// <summary>
/// Whatever a property holds, the generated Dockerfile parses without diagnostics and reads back the value written:
/// LABEL and ENV values as <see cref="DockerfileValues.SingleLine"/> of the property, exec-form arguments exactly.
/// </summary>
[TestClass]
public sealed class ValueEscapingTests
{
    private static readonly string[] Pieces = { "\"", "'", "$", "${HOME}", "\\", "\\\n", "\n", "\r\n", "\t", " ", "`", "#", "=", "é", "日本", "\u2028", "😀", "a" };

    /// <summary>Strings rich in what breaks Dockerfiles: quotes, $, backslashes, line breaks, tabs, control and non-ASCII characters.</summary>
    private static readonly Gen<string> Nasty = Gen.OneOf(
        Gen.String,
        Gen.Char['\0', '\u00ff'].Array[0, 40].Select(c => new string(c)),
        Gen.Int[0, Pieces.Length - 1].Select(i => Pieces[i]).Array[0, 12].Select(parts => string.Concat(parts)));

    private static ProjectFacts Facts(string value) => new()
    {
        ProjectFile = "src/Api/Api.csproj",
        AssemblyName = "Api",
        TargetFramework = "net10.0",
        RestoreFiles = new[] { "src/Api/Api.csproj" },
        SourceDirectories = new[] { "src/Api" },
        Description = value,
        Labels = new[] { new KeyValuePair<string, string>("com.example.value", value) },
        EnvironmentVariables = new[] { new KeyValuePair<string, string>("EXAMPLE_VALUE", value) },
        DefaultArgs = new[] { value },
        AppCommandArgs = new[] { value },
    };

    [TestMethod]
    public void Every_value_reads_back_as_written()
    {
        Nasty.Sample(value =>
        {
            var result = DockerfileGenerator.Generate(Facts(value));
            Assert.IsTrue(result.Succeeded, string.Join("\n", result.Diagnostics));
            var dockerfile = Dockerfile.Parse(result.Dockerfile!);
            Assert.IsEmpty(dockerfile.Diagnostics, string.Join("\n", dockerfile.Diagnostics) + "\n" + result.Dockerfile);
            var single = DockerfileValues.SingleLine(value);
            var labels = dockerfile.Instructions.OfType<LabelInstruction>().SelectMany(l => l.Pairs).ToDictionary(p => ShellWords.Unquote(p.Key, '\\'), p => p.Value);
            Assert.AreEqual(single, labels["com.example.value"], result.Dockerfile);
            if (single.Trim().Length > 0)
            {
                Assert.AreEqual(single.Trim(), labels["org.opencontainers.image.description"], result.Dockerfile);
            }

            var env = dockerfile.Instructions.OfType<EnvInstruction>().SelectMany(e => e.Pairs).Single(p => p.Key == "EXAMPLE_VALUE");
            Assert.AreEqual(single, env.Value, result.Dockerfile);
            var cmd = dockerfile.Instructions.OfType<CmdInstruction>().SingleOrDefault();
            if (value.Trim().Length > 0)
            {
                Assert.IsNotNull(cmd, result.Dockerfile);
                Assert.IsTrue(cmd.IsExecForm, result.Dockerfile);
                CollectionAssert.AreEqual(new[] { value }, cmd.CommandArguments.ToList(), result.Dockerfile);
                var entry = dockerfile.Instructions.OfType<EntrypointInstruction>().Single();
                CollectionAssert.AreEqual(new[] { "dotnet", "Api.dll", value }, entry.CommandArguments.ToList(), result.Dockerfile);
            }

            Assert.AreEqual(2, dockerfile.Instructions.Count(i => i.Kind == InstructionKind.From), "a value never adds or splits an instruction:\n" + result.Dockerfile);
        }, iter: 2000);
    }

    [TestMethod]
    public void A_multi_line_description_becomes_one_line()
    {
        var facts = Facts("x");
        facts.Description = "First line.\n    Second line, \"quoted\".\r\n\r\n  Third $HOME.";
        var text = DockerfileGenerator.Generate(facts).Dockerfile!;
        StringAssert.Contains(text, "org.opencontainers.image.description=\"First line. Second line, \\\"quoted\\\". Third \\$HOME.\"");
    }
}
