using System.Text;
using Containerize.Dockerfiles.Parsing;

namespace Containerize.Dockerfiles;

/// <summary>
/// One Dockerfile instruction. <see cref="Arguments"/> are the argument nodes exactly as BuildKit's parser
/// makes them; the typed subclasses add meaning (image, stage name, mounts, sources…).
/// </summary>
public abstract class Instruction : DockerfileElement
{
    private protected Instruction(InstructionData data)
        : base(data.LineMap, data.Span)
    {
        Keyword = data.Keyword;
        KeywordSpan = data.KeywordSpan;
        Flags = data.Flags;
        ArgumentText = data.ArgumentText;
        ArgumentSpan = data.ArgumentSpan;
        Arguments = data.Arguments;
        IsJsonForm = data.IsJsonForm;
        Heredocs = data.Heredocs;
        EscapeToken = data.EscapeToken;
        EndLine = data.EndLine > 0 ? data.EndLine : LineMap.GetPosition(Math.Max(Span.Start, Span.End - 1)).Line;
    }

    public abstract InstructionKind Kind { get; }

    /// <summary>The keyword as written (<c>Run</c>, <c>RUN</c>…).</summary>
    public string Keyword { get; }

    public TextSpan KeywordSpan { get; }

    public SourceRange KeywordRange => LineMap.GetRange(KeywordSpan);

    public IReadOnlyList<InstructionFlag> Flags { get; }

    /// <summary>The text after the keyword and flags, continuation lines joined, trimmed.</summary>
    public string ArgumentText { get; }

    public TextSpan ArgumentSpan { get; }

    public SourceRange ArgumentRange => LineMap.GetRange(ArgumentSpan);

    /// <summary>Argument nodes as BuildKit makes them (for ONBUILD: empty; see <see cref="OnbuildInstruction.Trigger"/>).</summary>
    public IReadOnlyList<SyntaxToken> Arguments { get; }

    /// <summary>True when the arguments were a JSON array (exec form).</summary>
    public bool IsJsonForm { get; }

    public IReadOnlyList<Heredoc> Heredocs { get; }

    /// <summary>The escape token in force where this instruction was read.</summary>
    public char EscapeToken { get; }

    /// <summary>1-based line of the last character, heredoc bodies and terminators included.</summary>
    public int EndLine { get; }

    /// <summary>The first flag with this name (flag names are case-sensitive, as in BuildKit).</summary>
    public InstructionFlag? GetFlag(string name)
    {
        foreach (var flag in Flags)
        {
            if (flag.Name == name)
            {
                return flag;
            }
        }

        return null;
    }

    public IEnumerable<InstructionFlag> GetFlags(string name)
    {
        var found = new List<InstructionFlag>();
        foreach (var flag in Flags)
        {
            if (flag.Name == name)
            {
                found.Add(flag);
            }
        }

        return found;
    }

    /// <summary>The values of <paramref name="tokens"/> from index <paramref name="skip"/> on.</summary>
    private protected static string[] ValuesOf(IReadOnlyList<SyntaxToken> tokens, int skip)
    {
        var values = new string[Math.Max(0, tokens.Count - skip)];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = tokens[i + skip].Value;
        }

        return values;
    }

    /// <summary>BuildKit's dump of this instruction, without the surrounding parentheses.</summary>
    public string Dump()
    {
        var sb = new StringBuilder();
        DumpTo(sb);
        return sb.ToString();
    }

    internal void DumpTo(StringBuilder sb)
    {
        var start = sb.Length;
        sb.Append(Keyword.ToLowerInvariant());
        if (Flags.Count > 0)
        {
            sb.Append(" [");
            for (var i = 0; i < Flags.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append(' ');
                }

                GoText.Quote(sb, Flags[i].Text);
            }

            sb.Append(']');
        }

        DumpArguments(sb);

        // Go trims the whole instruction dump (matters when there is nothing after the keyword).
        var end = sb.Length;
        while (end > start && GoText.IsSpace(sb[end - 1]))
        {
            end--;
        }

        sb.Length = end;
        var lead = start;
        while (lead < sb.Length && GoText.IsSpace(sb[lead]))
        {
            lead++;
        }

        if (lead > start)
        {
            sb.Remove(start, lead - start);
        }
    }

    private protected virtual void DumpArguments(StringBuilder sb)
    {
        foreach (var argument in Arguments)
        {
            sb.Append(' ');
            GoText.Quote(sb, argument.Value);
        }
    }

    public override string ToString() => Keyword + (ArgumentText.Length > 0 ? " " + ArgumentText : string.Empty);
}
