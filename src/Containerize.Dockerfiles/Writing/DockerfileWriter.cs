using System.Text;
using Containerize.Dockerfiles.Parsing;

namespace Containerize.Dockerfiles;

/// <summary>
/// Prints a Dockerfile model as text: directives, comments, and each instruction as its keyword, flags and
/// argument text on one line, followed by its heredoc bodies. Parsing the output gives the same instructions,
/// with two exceptions no text can carry: a whitespace-only instruction (no keyword) and a flag whose word
/// BuildKit split inside a character (<see cref="InstructionFlag.IsPrintable"/>).
/// </summary>
public static class DockerfileWriter
{
    public static string Write(Dockerfile dockerfile)
    {
        var sb = new StringBuilder();
        Write(sb, dockerfile.Directives, dockerfile.Elements);
        return sb.ToString();
    }

    public static void Write(StringBuilder sb, IEnumerable<ParserDirective> directives, IEnumerable<DockerfileElement> elements)
    {
        var start = sb.Length;
        var wroteDirective = false;
        foreach (var directive in directives)
        {
            sb.Append("# ").Append(directive.Name).Append('=').Append(directive.Value).Append('\n');
            wroteDirective = true;
        }

        var first = true;
        foreach (var element in elements)
        {
            if (first && element is Comment leading && (wroteDirective || leading.Text.IndexOf('=') >= 0))
            {
                // Keep a leading comment from being read as a parser directive.
                sb.Append('\n');
            }

            first = false;
            switch (element)
            {
                case Comment comment:
                    sb.Append(comment.Text.Length == 0 ? "#" : "# " + comment.Text).Append('\n');
                    break;
                case BlankLine:
                    sb.Append('\n');
                    break;
                case Instruction instruction:
                    WriteInstruction(sb, instruction);
                    break;
            }
        }

        if (sb.Length > start && sb[start] == '\uFEFF')
        {
            // A leading U+FEFF would be read as a byte-order mark and dropped.
            sb.Insert(start, '\n');
        }
    }

    public static string WriteInstruction(Instruction instruction)
    {
        var sb = new StringBuilder();
        WriteInstruction(sb, instruction);
        return sb.ToString();
    }

    public static void WriteInstruction(StringBuilder sb, Instruction instruction)
    {
        if (instruction.Keyword.Length == 0)
        {
            // A whitespace-only instruction (only possible at the end of a file, after continuations) has no
            // keyword and no text to print; BuildKit cannot build it either.
            return;
        }

        var lineStart = sb.Length;
        sb.Append(instruction.Keyword);
        foreach (var flag in instruction.Flags)
        {
            sb.Append(' ');
            AppendFlag(sb, Utf8Bytes.DecodeByteString(flag.Text));
        }

        var rest = instruction.ArgumentText;
        if (rest.Length > 0)
        {
            sb.Append(' ');
            if (rest.Length >= 2 && rest[0] == '-' && rest[1] == '-')
            {
                // Without flags in front, the rest would itself be read as a flag.
                sb.Append("-- ");
            }

            sb.Append(rest);
        }

        if (EndsWithContinuation(sb, lineStart, instruction.EscapeToken))
        {
            // The text ends in a bare escape token (it was followed by a blank BuildKit trims, such as \v):
            // end the line with a character the parser trims but the continuation rule does not accept.
            sb.Append('\v');
        }

        sb.Append('\n');
        foreach (var heredoc in instruction.Heredocs)
        {
            sb.Append(heredoc.Content);
            if (heredoc.Content.Length > 0 && heredoc.Content[heredoc.Content.Length - 1] != '\n')
            {
                sb.Append('\n');
            }

            sb.Append(heredoc.Name).Append('\n');
        }
    }

    private static bool EndsWithContinuation(StringBuilder sb, int lineStart, char escape)
    {
        var k = sb.Length;
        while (k > lineStart && sb[k - 1] is ' ' or '\t')
        {
            k--;
        }

        return k > lineStart && sb[k - 1] == escape && (k - 1 == lineStart || sb[k - 2] != escape);
    }

    /// <summary>A flag word BuildKit reads back as <paramref name="text"/>: quoted when it holds blanks, quotes or backslashes.</summary>
    internal static void AppendFlag(StringBuilder sb, string text)
    {
        var needsQuotes = false;
        foreach (var c in text)
        {
            if (c >= 0x80 || GoText.IsSpace(c) || c is '"' or '\'' or '\\')
            {
                needsQuotes = true;
                break;
            }
        }

        if (!needsQuotes || text.Length < 2)
        {
            sb.Append(text);
            return;
        }

        sb.Append("--\"");
        for (var i = 2; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '"' or '\\')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        sb.Append('"');
    }
}
