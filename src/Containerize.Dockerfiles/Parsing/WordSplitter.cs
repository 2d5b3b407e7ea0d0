using System.Text;

namespace Containerize.Dockerfiles.Parsing;

/// <summary>
/// BuildKit's word splitter for ENV, LABEL and ARG: whitespace outside quotes separates words; quotes and
/// escape tokens stay in the word, so every word is a contiguous piece of the source.
/// </summary>
internal static class WordSplitter
{
    public static void Split(string rest, int start, int end, char escape, ValueList<RawWord> words)
    {
        words.Clear();
        const int InSpaces = 0, InWord = 1, InQuote = 2;
        var phase = InSpaces;
        var quote = '\0';
        var blankOk = false;
        var sb = new StringBuilder();
        var wordStart = start;
        var wordEnd = start;
        for (var pos = start; pos <= end; pos++)
        {
            var ch = pos != end ? rest[pos] : '\0';
            if (phase == InSpaces)
            {
                if (pos == end)
                {
                    break;
                }

                if (GoText.IsSpace(ch))
                {
                    continue;
                }

                phase = InWord;
                wordStart = pos;
            }

            if (pos == end)
            {
                if (blankOk || sb.Length > 0)
                {
                    words.Add(new RawWord(sb.ToString(), wordStart, wordEnd));
                }

                break;
            }

            if (phase == InWord)
            {
                if (GoText.IsSpace(ch))
                {
                    phase = InSpaces;
                    if (blankOk || sb.Length > 0)
                    {
                        words.Add(new RawWord(sb.ToString(), wordStart, wordEnd));
                    }

                    sb.Clear();
                    blankOk = false;
                    continue;
                }

                if (ch is '\'' or '"')
                {
                    quote = ch;
                    blankOk = true;
                    phase = InQuote;
                }

                if (ch == escape)
                {
                    if (pos + 1 == end)
                    {
                        continue;
                    }

                    sb.Append(ch);
                    pos++;
                    ch = rest[pos];
                }

                sb.Append(ch);
                wordEnd = pos + 1;
                continue;
            }

            // InQuote
            if (ch == quote)
            {
                phase = InWord;
            }

            if (ch == escape && quote != '\'')
            {
                if (pos + 1 == end)
                {
                    phase = InWord;
                    continue;
                }

                pos++;
                sb.Append(ch);
                ch = rest[pos];
            }

            sb.Append(ch);
            wordEnd = pos + 1;
        }
    }
}
