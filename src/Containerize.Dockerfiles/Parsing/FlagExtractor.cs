using System.Text;

namespace Containerize.Dockerfiles.Parsing;

/// <summary>
/// BuildKit's flag extraction: leading <c>--words</c> after the keyword, read byte by byte, quotes removed,
/// <c>\</c> escaping (whatever the escape directive says), a bare <c>--</c> ending the flags.
/// </summary>
internal static class FlagExtractor
{
    /// <summary>Extracts flags from line[start..end). Returns the index where the rest begins (end when none).</summary>
    public static int Extract(string line, int start, int end, ValueList<RawWord> flags)
    {
        flags.Clear();
        var ascii = true;
        for (var i = start; i < end; i++)
        {
            if (line[i] >= 0x80)
            {
                ascii = false;
                break;
            }
        }

        if (ascii)
        {
            return ExtractBytes(line, start, end, flags);
        }

        // BuildKit walks UTF-8 bytes; do the same over a one-char-per-byte copy and map positions back.
        var bytes = Encoding.UTF8.GetBytes(line.Substring(start, end - start));
        var byteChars = new char[bytes.Length];
        var byteToChar = new int[bytes.Length + 1];
        var charIndex = start;
        for (var b = 0; b < bytes.Length;)
        {
            var c = line[charIndex];
            var width = char.IsHighSurrogate(c) && charIndex + 1 < end && char.IsLowSurrogate(line[charIndex + 1])
                ? 4
                : Encoding.UTF8.GetByteCount(new[] { c });
            var charWidth = width == 4 ? 2 : 1;
            for (var k = 0; k < width && b < bytes.Length; k++, b++)
            {
                byteChars[b] = (char)bytes[b];
                byteToChar[b] = charIndex;
            }

            charIndex += charWidth;
        }

        byteToChar[bytes.Length] = end;
        var local = new ValueList<RawWord>();
        var restAt = ExtractBytes(new string(byteChars), 0, bytes.Length, local);
        foreach (var (text, s, e) in local)
        {
            flags.Add(new RawWord(text, byteToChar[s], e >= bytes.Length ? end : byteToChar[e]));
        }

        return NextCharBoundary(byteToChar, restAt, bytes.Length, end);
    }

    private static int NextCharBoundary(int[] byteToChar, int bytePos, int byteCount, int end)
    {
        if (bytePos >= byteCount)
        {
            return end;
        }

        // A position inside a multi-byte character rounds up to the next character.
        var c = byteToChar[bytePos];
        if (bytePos == 0 || byteToChar[bytePos - 1] != c)
        {
            return c;
        }

        while (bytePos < byteCount && byteToChar[bytePos] == c)
        {
            bytePos++;
        }

        return bytePos >= byteCount ? end : byteToChar[bytePos];
    }

    // 'b' holds one byte per char. Mirrors BuildKit's state machine.
    private static int ExtractBytes(string b, int start, int end, ValueList<RawWord> flags)
    {
        const int InSpaces = 0, InWord = 1, InQuote = 2;
        var phase = InSpaces;
        var word = new StringBuilder();
        var quote = '\0';
        var blankOk = false;
        var wordStart = start;
        for (var pos = start; pos <= end; pos++)
        {
            var ch = pos != end ? b[pos] : '\0';
            if (phase == InSpaces)
            {
                if (pos == end)
                {
                    break;
                }

                if (GoText.IsSpaceByte((byte)ch))
                {
                    continue;
                }

                if (ch != '-' || pos + 1 == end || b[pos + 1] != '-')
                {
                    return pos;
                }

                phase = InWord;
                wordStart = pos;
            }

            if (pos == end)
            {
                if (!IsDoubleDash(word) && (blankOk || word.Length > 0))
                {
                    flags.Add(new RawWord(word.ToString(), wordStart, pos));
                }

                break;
            }

            if (phase == InWord)
            {
                if (GoText.IsSpaceByte((byte)ch))
                {
                    phase = InSpaces;
                    if (IsDoubleDash(word))
                    {
                        return pos;
                    }

                    if (blankOk || word.Length > 0)
                    {
                        flags.Add(new RawWord(word.ToString(), wordStart, pos));
                    }

                    word.Clear();
                    blankOk = false;
                    continue;
                }

                if (ch is '\'' or '"')
                {
                    quote = ch;
                    blankOk = true;
                    phase = InQuote;
                    continue;
                }

                if (ch == '\\')
                {
                    if (pos + 1 == end)
                    {
                        continue;
                    }

                    pos++;
                    ch = b[pos];
                }

                word.Append(ch);
                continue;
            }

            // InQuote
            if (ch == quote)
            {
                phase = InWord;
                continue;
            }

            if (ch == '\\')
            {
                if (pos + 1 == end)
                {
                    phase = InWord;
                    continue;
                }

                pos++;
                ch = b[pos];
            }

            word.Append(ch);
        }

        return end;
    }

    private static bool IsDoubleDash(StringBuilder word) => word.Length == 2 && word[0] == '-' && word[1] == '-';
}
