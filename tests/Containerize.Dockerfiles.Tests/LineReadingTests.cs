using Containerize.Diagnostics;
namespace Containerize.Dockerfiles.Tests;

[TestClass]
public sealed class LineReadingTests
{
    [TestMethod]
    public void Crlf_line_endings_read_like_lf()
    {
        var lf = Dockerfile.Parse("FROM alpine\nRUN echo a \\\n  && echo b\nCMD [\"sh\"]\n");
        var crlf = Dockerfile.Parse("FROM alpine\r\nRUN echo a \\\r\n  && echo b\r\nCMD [\"sh\"]\r\n");
        Assert.AreEqual(lf.Dump(), crlf.Dump());
        Assert.AreEqual(2, crlf.Instructions[1].StartLine);
        Assert.AreEqual(3, crlf.Instructions[1].EndLine);
        Assert.AreEqual("echo a   && echo b", crlf.Instructions[1].ArgumentText);
    }

    [TestMethod]
    public void Byte_order_mark_is_ignored_and_columns_stay_right()
    {
        var dockerfile = Dockerfile.Parse(new byte[] { 0xEF, 0xBB, 0xBF }.Concat("FROM alpine\n"u8.ToArray()).ToArray());
        Assert.AreEqual("(from \"alpine\")", dockerfile.Dump());
        Assert.AreEqual(new SourcePosition(1, 2), dockerfile.Instructions[0].Range.Start, "the BOM occupies column 1");
    }

    [TestMethod]
    public void Backtick_escape_directive_continues_lines_and_keeps_backslashes()
    {
        var dockerfile = Dockerfile.Parse("# escape=`\nFROM windows\nRUN dir c:\\ `\n  && echo done\n");
        Assert.AreEqual('`', dockerfile.EscapeToken);
        Assert.AreEqual("dir c:\\   && echo done", dockerfile.Instructions[1].ArgumentText);
        Assert.AreEqual("escape", dockerfile.Directives[0].Name);
    }

    [TestMethod]
    public void Directive_after_a_comment_is_only_a_comment()
    {
        var dockerfile = Dockerfile.Parse("# a comment\n# escape=`\nFROM alpine\nRUN a \\\nb\n");
        Assert.AreEqual('\\', dockerfile.EscapeToken);
        Assert.IsEmpty(dockerfile.Directives);
        Assert.AreEqual("a b", dockerfile.Instructions[1].ArgumentText, "the blank before the escape stays");
        Assert.HasCount(2, dockerfile.Comments.ToList());
    }

    [TestMethod]
    public void Directive_after_a_blank_line_is_ignored()
    {
        var dockerfile = Dockerfile.Parse("\n# escape=`\nFROM alpine\n");
        Assert.AreEqual('\\', dockerfile.EscapeToken);
    }

    [TestMethod]
    public void Repeated_directive_is_an_error()
    {
        var dockerfile = Dockerfile.Parse("# syntax=docker/dockerfile:1\n# syntax=docker/dockerfile:1.7\nFROM alpine\n");
        Assert.IsTrue(dockerfile.HasErrors);
        Assert.AreEqual(DiagnosticCatalog.DuplicateDirective.Id, dockerfile.Diagnostics[0].Id);
    }

    [TestMethod]
    public void Invalid_escape_value_is_an_error_naming_the_value()
    {
        var dockerfile = Dockerfile.Parse("# escape=x\nFROM alpine\n");
        var error = dockerfile.Diagnostics.Single();
        Assert.AreEqual(DiagnosticCatalog.InvalidEscapeDirective.Id, error.Id);
        StringAssert.Contains(error.Message, "'x'");
    }

    [TestMethod]
    public void Syntax_and_check_directives_are_recorded_case_insensitively()
    {
        var dockerfile = Dockerfile.Parse("# SYNTAX = docker/dockerfile:1\n#check=skip=all\nFROM alpine\n");
        Assert.AreEqual("docker/dockerfile:1", dockerfile.GetDirective("syntax"));
        Assert.AreEqual("skip=all", dockerfile.GetDirective("check"));
    }

    [TestMethod]
    public void Empty_continuation_lines_warn_but_parse()
    {
        var dockerfile = Dockerfile.Parse("FROM alpine\nRUN a \\\n\n  b\n");
        Assert.IsFalse(dockerfile.HasErrors);
        Assert.AreEqual("a   b", dockerfile.Instructions[1].ArgumentText);
        Assert.AreEqual(DiagnosticCatalog.EmptyContinuationLine.Id, dockerfile.Diagnostics.Single().Id);
        Assert.AreEqual("Empty continuation line found in: RUN a   b", dockerfile.BuildKitWarnings.Single());
    }

    [TestMethod]
    public void Comments_inside_a_continued_instruction_are_dropped_and_recorded()
    {
        var dockerfile = Dockerfile.Parse("FROM alpine\nRUN a \\\n  # note \\\n  b\n");
        Assert.AreEqual("a   b", dockerfile.Instructions[1].ArgumentText);
        var comment = dockerfile.Comments.Single();
        Assert.IsTrue(comment.IsInsideInstruction);
        Assert.AreEqual("note \\", comment.Text);
        Assert.AreEqual(3, comment.StartLine);
    }

    [TestMethod]
    public void Trailing_escape_at_end_of_file_ends_the_instruction()
    {
        var dockerfile = Dockerfile.Parse("FROM alpine\nRUN echo \\");
        Assert.AreEqual("(from \"alpine\")\n(run \"echo\")", dockerfile.Dump());
    }

    [TestMethod]
    public void Escaped_escape_at_line_end_is_not_a_continuation()
    {
        var dockerfile = Dockerfile.Parse("FROM alpine\nRUN echo a\\\\\nRUN b\n");
        Assert.HasCount(3, dockerfile.Instructions);
    }

    [TestMethod]
    public void Lone_escape_line_continues_into_the_next_line()
    {
        var dockerfile = Dockerfile.Parse("FROM alpine\n\\\nRUN b\n");
        Assert.AreEqual("(from \"alpine\")\n(run \"b\")", dockerfile.Dump());
        Assert.AreEqual(2, dockerfile.Instructions[1].StartLine);
    }

    [TestMethod]
    public void Keyword_case_is_kept_and_dumped_lower()
    {
        var dockerfile = Dockerfile.Parse("from alpine\nRun echo\n");
        Assert.AreEqual("Run", dockerfile.Instructions[1].Keyword);
        Assert.AreEqual(InstructionKind.Run, dockerfile.Instructions[1].Kind);
        Assert.AreEqual("(from \"alpine\")\n(run \"echo\")", dockerfile.Dump());
    }

    [TestMethod]
    public void Too_long_line_is_refused()
    {
        var dockerfile = Dockerfile.Parse("FROM alpine\nRUN echo " + new string('x', 70000) + "\n");
        Assert.AreEqual(DiagnosticCatalog.LineTooLong.Id, dockerfile.Diagnostics.Single().Id);
    }

    [TestMethod]
    public void Empty_and_comment_only_files_have_no_instructions()
    {
        foreach (var text in new[] { string.Empty, "# only a comment\n", "\n\n  \n" })
        {
            var dockerfile = Dockerfile.Parse(text);
            Assert.AreEqual(DiagnosticCatalog.NoInstructions.Id, dockerfile.Diagnostics.Single().Id, text);
        }
    }
}
