using System.Globalization;

namespace Containerize.Dockerfiles.Parsing;

/// <summary>Finds the heredoc declarations (<c>[n]&lt;&lt;[-]WORD</c>) in an instruction line, as BuildKit does.</summary>
internal static class HeredocWords
{
    /// <summary>False only for the rare word BuildKit itself fails on; a line that does not lex has no heredocs.</summary>
    public static bool FromLine(string line, out List<(string Name, int Fd, bool Expand, bool Chomp)> heredocs, out string? error)
    {
        heredocs = new List<(string, int, bool, bool)>();
        error = null;
        var lexer = new ShellLexer('\\') { RawQuotes = true, RawEscapes = true, SkipUnsetEnv = true };
        if (!lexer.Process(line, null, out _, out var words, out _))
        {
            return true;
        }

        foreach (var word in words)
        {
            if (!TryParse(word, out var heredoc, out error))
            {
                return false;
            }

            if (heredoc is { } h)
            {
                heredocs.Add(h);
            }
        }

        return true;
    }

    private static bool TryParse(string word, out (string, int, bool, bool)? heredoc, out string? error)
    {
        heredoc = null;
        error = null;

        // ^(\d*)<<(-?)\s*([^<]*)$
        var p = 0;
        while (p < word.Length && word[p] is >= '0' and <= '9')
        {
            p++;
        }

        if (p + 1 >= word.Length || word[p] != '<' || word[p + 1] != '<')
        {
            return true;
        }

        var digits = word.Substring(0, p);
        p += 2;
        var chomp = p < word.Length && word[p] == '-';
        if (chomp)
        {
            p++;
        }

        while (p < word.Length && word[p] is ' ' or '\t' or '\n' or '\f' or '\r')
        {
            p++;
        }

        var rest = word.Substring(p);
        if (rest.IndexOf('<') >= 0 || rest.Length == 0)
        {
            return true;
        }

        var plain = new ShellLexer('\\') { SkipUnsetEnv = true };
        if (!plain.Process(rest, null, out _, out var words, out error))
        {
            return false;
        }

        if (words.Count != 1)
        {
            return true;
        }

        var raw = new ShellLexer('\\') { SkipUnsetEnv = true, RawQuotes = true };
        if (!raw.Process(rest, null, out _, out var rawWords, out error))
        {
            return false;
        }

        if (rawWords.Count != words.Count)
        {
            error = "internal lexing of heredoc produced inconsistent results: " + rest;
            return false;
        }

        var expand = CountQuotes(words[0]) == CountQuotes(rawWords[0]);
        var fd = 0;
        if (digits.Length > 0 && !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out fd))
        {
            fd = 0;
        }

        heredoc = (words[0], fd, expand, chomp);
        return true;
    }

    private static int CountQuotes(string s)
    {
        var n = 0;
        foreach (var c in s)
        {
            if (c is '\'' or '"')
            {
                n++;
            }
        }

        return n;
    }
}
