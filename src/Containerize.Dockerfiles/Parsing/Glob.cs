namespace Containerize.Dockerfiles.Parsing;

/// <summary>Shell glob matching for <c>${a#p}</c>-style substitutions: <c>*</c>, <c>?</c> and <c>\</c> escapes.</summary>
internal static class Glob
{
    /// <summary>Whole-string match; linear backtracking over the last <c>*</c>, so no input can make it explode.</summary>
    public static bool IsMatch(string pattern, string text)
    {
        int p = 0, t = 0, starP = -1, starT = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length)
            {
                var c = pattern[p];
                if (c == '*')
                {
                    starP = ++p;
                    starT = t;
                    continue;
                }

                var width = 1;
                if (c == '\\' && p + 1 < pattern.Length)
                {
                    c = pattern[p + 1];
                    width = 2;
                }
                else if (c == '?')
                {
                    p++;
                    t++;
                    continue;
                }

                if (c == text[t])
                {
                    p += width;
                    t++;
                    continue;
                }
            }

            if (starP < 0)
            {
                return false;
            }

            p = starP;
            t = ++starT;
        }

        while (p < pattern.Length && pattern[p] == '*')
        {
            p++;
        }

        return p == pattern.Length;
    }
}
