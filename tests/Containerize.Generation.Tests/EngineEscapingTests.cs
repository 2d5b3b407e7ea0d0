using System.Text.Json;
using Containerize.Dockerfiles;
using Containerize.Testing;

namespace Containerize.Generation.Tests;

/// <summary>The real engine reads the LABEL, ENV and exec-form values we write exactly as our parser does.</summary>
[TestClass]
public sealed class EngineEscapingTests
{
    private static readonly string[] Values =
    {
        "Line one.\n    Line \"two\".\r\n",
        "cost: $5 ${HOME} \\$ and a trailing backslash \\",
        "tab\there 'single' `tick` # not a comment = sign",
        "Grüße 日本 😀",
        "  leading and trailing  ",
    };

    [TestMethod]
    public void Docker_build_reads_back_what_our_parser_reads()
    {
        DockerEngine.Require();
        var context = Path.Combine(Path.GetTempPath(), "project-model-escaping-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(context);
        var tag = "project-model/escaping:" + Guid.NewGuid().ToString("N").Substring(0, 12);
        try
        {
            var builder = new DockerfileBuilder().From("scratch");
            builder.Label(Values.Select((v, i) => new KeyValuePair<string, string>("value" + i, DockerfileValues.SingleLine(v))));
            builder.Env(Values.Select((v, i) => new KeyValuePair<string, string>("VALUE" + i, DockerfileValues.SingleLine(v))));
            builder.Cmd(Values);
            var text = builder.ToString();
            File.WriteAllText(Path.Combine(context, "Dockerfile"), text);
            var build = DockerEngine.Docker($"build -q -t {tag} \"{context}\"");
            Assert.AreEqual(0, build.ExitCode, build + "\n" + text);

            var inspect = DockerEngine.Docker($"image inspect -f \"{{{{json .Config}}}}\" {tag}");
            Assert.AreEqual(0, inspect.ExitCode, inspect.ToString());
            using var config = JsonDocument.Parse(inspect.Output);
            var parsed = Dockerfile.Parse(text);
            var labels = parsed.Instructions.OfType<LabelInstruction>().SelectMany(l => l.Pairs).ToDictionary(p => p.Key, p => p.Value);
            var env = parsed.Instructions.OfType<EnvInstruction>().SelectMany(e => e.Pairs).ToDictionary(p => p.Key, p => p.Value);
            var engineEnv = config.RootElement.GetProperty("Env").EnumerateArray().Select(e => e.GetString()!).ToDictionary(e => e.Substring(0, e.IndexOf('=')), e => e.Substring(e.IndexOf('=') + 1));
            for (var i = 0; i < Values.Length; i++)
            {
                Assert.AreEqual(labels["value" + i], config.RootElement.GetProperty("Labels").GetProperty("value" + i).GetString(), text);
                Assert.AreEqual(env["VALUE" + i], engineEnv["VALUE" + i], text);
            }

            var cmd = config.RootElement.GetProperty("Cmd").EnumerateArray().Select(e => e.GetString()!).ToList();
            CollectionAssert.AreEqual(Values, cmd, text);
            CollectionAssert.AreEqual(Values, parsed.Instructions.OfType<CmdInstruction>().Single().CommandArguments.ToList(), text);
        }
        finally
        {
            DockerEngine.Docker($"image rm -f {tag}");
            Directory.Delete(context, recursive: true);
        }
    }
}
