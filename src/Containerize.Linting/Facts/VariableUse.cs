namespace Containerize.Linting;

/// <summary>One <c>$NAME</c> or <c>${NAME…}</c> in a Dockerfile word, where it is, and whether it has a fallback (<c>${NAME:-x}</c>, <c>${NAME+x}</c>…).</summary>
internal sealed class VariableUse
{
    private VariableUse(string name, int offset, int length, bool hasFallback)
    {
        Name = name;
        Offset = offset;
        Length = length;
        HasFallback = hasFallback;
    }

    public string Name { get; }

    /// <summary>Offset of the '$' in the scanned text.</summary>
    public int Offset { get; }

    public int Length { get; }

    public bool HasFallback { get; }

    /// <summary>The variables a word expands, as BuildKit's word expansion reads them: not inside single quotes, not escaped.</summary>
    public static List<VariableUse> In(string text, char escapeToken = '\\')
    {
        var found = new List<VariableUse>();
        var singleQuoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == escapeToken && !singleQuoted)
            {
                i++;
                continue;
            }

            if (c == '\'')
            {
                singleQuoted = !singleQuoted;
                continue;
            }

            if (c != '$' || singleQuoted || i + 1 >= text.Length)
            {
                continue;
            }

            if (text[i + 1] == '{')
            {
                var start = i + 2;
                var end = start;
                while (end < text.Length && IsNameChar(text[end], end == start))
                {
                    end++;
                }

                if (end == start || end >= text.Length)
                {
                    continue;
                }

                var close = text.IndexOf('}', end);
                if (close < 0)
                {
                    continue;
                }

                var fallback = text[end] is '-' or '+' or '?' or '=' || (text[end] == ':' && end + 1 < text.Length && text[end + 1] is '-' or '+' or '?' or '=');
                found.Add(new VariableUse(text.Substring(start, end - start), i, close + 1 - i, fallback));
                i = close;
            }
            else if (IsNameChar(text[i + 1], true))
            {
                var end = i + 1;
                while (end < text.Length && IsNameChar(text[end], end == i + 1))
                {
                    end++;
                }

                found.Add(new VariableUse(text.Substring(i + 1, end - i - 1), i, end - i, false));
                i = end - 1;
            }
        }

        return found;
    }

    private static bool IsNameChar(char c, bool first) =>
        c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (!first && c >= '0' && c <= '9');
}
