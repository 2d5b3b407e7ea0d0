using Containerize.Diagnostics;
namespace Containerize.Dockerfiles.Tests;

/// <summary>Exact positions: every instruction, argument and flag maps back to where it was written.</summary>
[TestClass]
public sealed class PositionTests
{
    [TestMethod]
    public void Arguments_and_flags_point_at_their_text()
    {
        const string text = "FROM alpine AS base\nCOPY --from=base \\\n    src/app.csproj /app/\n";
        var dockerfile = Dockerfile.Parse(text);
        foreach (var instruction in dockerfile.Instructions)
        {
            foreach (var token in instruction.Arguments)
            {
                Assert.AreEqual(token.Value, text.Substring(token.Span.Start, token.Span.Length));
            }

            foreach (var flag in instruction.Flags)
            {
                Assert.AreEqual(flag.Text, text.Substring(flag.Span.Start, flag.Span.Length));
            }
        }

        var copy = (CopyInstruction)dockerfile.Instructions[1];
        Assert.AreEqual(new SourceRange(new SourcePosition(3, 5), new SourcePosition(3, 19)), copy.Sources[0].Range);
        Assert.AreEqual(new SourcePosition(2, 6), copy.Flags[0].Range.Start);
        Assert.AreEqual(new SourcePosition(2, 1), copy.Range.Start);
        Assert.AreEqual(new SourcePosition(3, 25), copy.Range.End);
        Assert.AreEqual(2, copy.StartLine);
        Assert.AreEqual(3, copy.EndLine);
    }

    [TestMethod]
    public void Json_elements_point_at_their_quoted_strings()
    {
        const string text = "FROM x\nCMD [ \"dotnet\",  \"App.dll\" ]\n";
        var cmd = Dockerfile.Parse(text).Instructions[1];
        Assert.AreEqual("\"App.dll\"", text.Substring(cmd.Arguments[1].Span.Start, cmd.Arguments[1].Span.Length));
        Assert.AreEqual(new SourcePosition(2, 18), cmd.Arguments[1].Range.Start);
    }

    [TestMethod]
    public void Env_keys_and_values_point_at_their_text()
    {
        const string text = "FROM x\nENV A=1 \\\n  LONG_NAME=\"value here\"\n";
        var env = (EnvInstruction)Dockerfile.Parse(text).Instructions[1];
        var pair = env.Pairs[1];
        Assert.AreEqual(new SourcePosition(3, 3), pair.KeyToken.Range.Start);
        Assert.AreEqual("\"value here\"", text.Substring(pair.ValueToken.Span.Start, pair.ValueToken.Span.Length));
    }

    [TestMethod]
    public void Heredoc_instruction_spans_its_body_and_terminator()
    {
        const string text = "FROM x\nRUN <<EOF\napt-get update\napt-get install -y curl\nEOF\nCMD [\"x\"]\n";
        var dockerfile = Dockerfile.Parse(text);
        var run = (RunInstruction)dockerfile.Instructions[1];
        Assert.AreEqual(2, run.StartLine);
        Assert.AreEqual(5, run.EndLine);
        Assert.AreEqual("apt-get update\napt-get install -y curl\n", run.Heredocs[0].Content);
        Assert.AreEqual(run.Heredocs[0].Content, text.Substring(run.Heredocs[0].ContentSpan.Start, run.Heredocs[0].ContentSpan.Length));
        Assert.AreEqual(6, dockerfile.Instructions[2].StartLine);
    }

    [TestMethod]
    public void Several_heredocs_and_quoted_names()
    {
        var dockerfile = Dockerfile.Parse("FROM x\nCOPY <<A <<'B' /dest/\na\nA\nb $X\nB\nRUN 3<<-EOT cat\n\tx\n\tEOT\n");
        var copy = (CopyInstruction)dockerfile.Instructions[1];
        Assert.HasCount(2, copy.Heredocs);
        Assert.IsTrue(copy.Heredocs[0].Expand);
        Assert.IsFalse(copy.Heredocs[1].Expand);
        Assert.AreEqual("b $X\n", copy.Heredocs[1].Content);
        var run = dockerfile.Instructions[2];
        Assert.AreEqual(3, run.Heredocs[0].FileDescriptor);
        Assert.IsTrue(run.Heredocs[0].Chomp);
        Assert.AreEqual("\tx\n", run.Heredocs[0].Content);
    }

    [TestMethod]
    public void Unterminated_heredoc_is_an_error_at_its_instruction()
    {
        var dockerfile = Dockerfile.Parse("FROM x\nRUN <<EOF\necho hi\n");
        var error = dockerfile.Diagnostics.Single();
        Assert.AreEqual(DiagnosticCatalog.UnterminatedHeredoc.Id, error.Id);
        Assert.AreEqual(2, error.Range.Start.Line);
        StringAssert.Contains(error.Message, "'EOF'");
    }

    [TestMethod]
    public void Json_form_is_never_a_heredoc()
    {
        var dockerfile = Dockerfile.Parse("FROM x\nRUN [\"<<EOF\"]\nEOF\n");
        Assert.IsEmpty(dockerfile.Instructions[1].Heredocs);
        Assert.HasCount(3, dockerfile.Instructions);
    }
}
