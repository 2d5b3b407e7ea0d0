using System.Globalization;
using System.Text;

namespace Containerize.Dockerfiles.Parsing;

/// <summary>
/// The few pieces of Go's standard library whose exact behaviour BuildKit's parser depends on:
/// unicode.IsSpace, strings.TrimSpace and strconv.Quote.
/// </summary>
internal static class GoText
{
    /// <summary>Go's unicode.IsSpace.</summary>
    public static bool IsSpace(char c)
    {
        if (c <= '\u00FF')
        {
            return c is ' ' or '\t' or '\n' or '\v' or '\f' or '\r' or '\u0085' or '\u00A0';
        }

        return c is '\u1680' or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000';
    }

    /// <summary>The class <c>[\t\v\f\r ]</c> of BuildKit's whitespace regular expression.</summary>
    public static bool IsTokenWhitespace(char c) => c is ' ' or '\t' or '\v' or '\f' or '\r';

    /// <summary>Go's unicode.IsSpace applied to a single byte value, as BuildKit's byte-wise loops do.</summary>
    public static bool IsSpaceByte(byte b) => b is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\v' or (byte)'\f' or (byte)'\r' or 0x85 or 0xA0;

    public static int SkipSpaces(string s, int start, int end)
    {
        while (start < end && IsSpace(s[start]))
        {
            start++;
        }

        return start;
    }

    public static int TrimEndSpaces(string s, int start, int end)
    {
        while (end > start && IsSpace(s[end - 1]))
        {
            end--;
        }

        return end;
    }

    public static string TrimSpace(string s)
    {
        var start = SkipSpaces(s, 0, s.Length);
        var end = TrimEndSpaces(s, start, s.Length);
        return start == 0 && end == s.Length ? s : s.Substring(start, end - start);
    }

    /// <summary>Go's strconv.Quote, over the UTF-16 string's code points.</summary>
    public static void Quote(StringBuilder sb, string value)
    {
        sb.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); continue;
                case '\\': sb.Append("\\\\"); continue;
                case '\a': sb.Append("\\a"); continue;
                case '\b': sb.Append("\\b"); continue;
                case '\f': sb.Append("\\f"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
                case '\t': sb.Append("\\t"); continue;
                case '\v': sb.Append("\\v"); continue;
            }

            if (c < 0x20 || c == 0x7F)
            {
                sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                continue;
            }

            if (c < 0x7F)
            {
                sb.Append(c);
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                var codePoint = char.ConvertToUtf32(c, value[i + 1]);
                if (IsPrint(CharUnicodeInfo.GetUnicodeCategory(value, i)))
                {
                    sb.Append(c).Append(value[i + 1]);
                }
                else
                {
                    sb.Append("\\U").Append(codePoint.ToString("x8", CultureInfo.InvariantCulture));
                }

                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                // A lone surrogate is invalid UTF-8 in Go terms: it prints as the replacement character's escape.
                sb.Append("\\ufffd");
                continue;
            }

            if (IsPrint(CharUnicodeInfo.GetUnicodeCategory(c)))
            {
                sb.Append(c);
            }
            else
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        sb.Append('"');
    }

    public static string Quote(string value)
    {
        var sb = new StringBuilder(value.Length + 2);
        Quote(sb, value);
        return sb.ToString();
    }

    /// <summary>Go's unicode.IsPrint for a non-ASCII code point: letters, marks, numbers, punctuation and symbols.</summary>
    private static bool IsPrint(UnicodeCategory category) => category switch
    {
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned => false,
        _ => true,
    };
}
