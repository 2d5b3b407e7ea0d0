using System.Text.Json;

namespace Containerize.Dockerfiles.Tests;

/// <summary>Compares a parse result with a corpus <c>.json</c> / <c>parsed.json</c> file (BuildKit's per-instruction view).</summary>
internal static class CorpusJson
{
    public static void AssertMatches(Dockerfile dockerfile, string jsonPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(jsonPath));
        var root = document.RootElement;
        Assert.IsFalse(root.TryGetProperty("error", out _), "the corpus expects an error for " + jsonPath);
        var children = root.GetProperty("children").EnumerateArray().ToList();
        Assert.HasCount(children.Count, dockerfile.Instructions, "instruction count");
        for (var i = 0; i < children.Count; i++)
        {
            var expected = children[i];
            var actual = dockerfile.Instructions[i];
            var where = $"instruction {i + 1} ({expected.GetProperty("dump").GetString()})";
            Assert.AreEqual(expected.GetProperty("dump").GetString(), actual.Dump(), where);
            Assert.AreEqual(expected.GetProperty("start_line").GetInt32(), actual.StartLine, "start line of " + where);
            Assert.AreEqual(expected.GetProperty("end_line").GetInt32(), actual.EndLine, "end line of " + where);
            var heredocs = expected.TryGetProperty("heredocs", out var h) ? h.EnumerateArray().ToList() : new List<JsonElement>();
            Assert.HasCount(heredocs.Count, actual.Heredocs, "heredocs of " + where);
            for (var k = 0; k < heredocs.Count; k++)
            {
                Assert.AreEqual(heredocs[k].GetProperty("name").GetString(), actual.Heredocs[k].Name);
                Assert.AreEqual(heredocs[k].GetProperty("fd").GetInt32(), actual.Heredocs[k].FileDescriptor);
                Assert.AreEqual(heredocs[k].GetProperty("expand").GetBoolean(), actual.Heredocs[k].Expand);
                Assert.AreEqual(heredocs[k].GetProperty("chomp").GetBoolean(), actual.Heredocs[k].Chomp);
                Assert.AreEqual(heredocs[k].GetProperty("content").GetString(), actual.Heredocs[k].Content);
            }
        }

        Assert.AreEqual(root.GetProperty("escape_token").GetString(), dockerfile.EscapeToken.ToString());
        var warnings = root.GetProperty("warnings");
        var expectedWarnings = warnings.ValueKind == JsonValueKind.Null
            ? new List<string>()
            : warnings.EnumerateArray().Select(w => w.GetString()!).ToList();
        CollectionAssert.AreEqual(expectedWarnings, dockerfile.BuildKitWarnings.ToList());
    }
}
