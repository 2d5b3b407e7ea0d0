using Containerize.Dockerfiles.Parsing;

namespace Containerize.Dockerfiles;

/// <summary>Dockerfile word processing: quote removal, variable substitution, word splitting.</summary>
public static class ShellWords
{
    /// <summary>
    /// Substitutes variables (<c>$a</c>, <c>${a}</c>, <c>${a:-b}</c>, <c>${a:+b}</c>, <c>${a-b}</c>, <c>${a+b}</c>, …)
    /// and removes quotes, as BuildKit does for FROM, COPY, ENV…. Variables the lookup does not know are
    /// reported in <paramref name="unresolved"/> and expand to nothing. Never throws: on a syntax error the
    /// text is returned unchanged and <paramref name="error"/> says why.
    /// </summary>
    public static string Expand(string text, Func<string, string?> lookup, out IReadOnlyList<string> unresolved, out string? error, char escapeToken = '\\')
    {
        if (IsPlain(text, escapeToken))
        {
            unresolved = Array.Empty<string>();
            error = null;
            return text ?? string.Empty;
        }

        var missing = new List<string>();
        var lexer = new ShellLexer(escapeToken);
        string? Lookup(string name)
        {
            var value = lookup(name);
            if (value is null && !missing.Contains(name))
            {
                missing.Add(name);
            }

            return value;
        }

        if (lexer.Process(text ?? string.Empty, Lookup, out var result, out _, out error))
        {
            unresolved = missing;
            return result;
        }

        unresolved = missing;
        return text ?? string.Empty;
    }

    /// <summary>Removes quotes and escapes, leaving <c>$variables</c> as written.</summary>
    public static string Unquote(string text, char escapeToken = '\\')
    {
        if (IsPlain(text, escapeToken))
        {
            return text ?? string.Empty;
        }

        var lexer = new ShellLexer(escapeToken) { SkipUnsetEnv = true };
        return lexer.Process(text ?? string.Empty, null, out var result, out _, out _) ? result : text ?? string.Empty;
    }

    /// <summary>True when the text has nothing for the lexer to do (no quotes, escapes, variables or heredoc markers).</summary>
    private static bool IsPlain(string? text, char escapeToken)
    {
        if (text is null)
        {
            return true;
        }

        foreach (var c in text)
        {
            if (c is '"' or '\'' or '$' or '<' || c == escapeToken)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Splits into words the way BuildKit does for COPY/ADD sources (quotes respected and removed).</summary>
    public static IReadOnlyList<string> Split(string text, char escapeToken = '\\')
    {
        var lexer = new ShellLexer(escapeToken) { SkipUnsetEnv = true };
        return lexer.Process(text ?? string.Empty, null, out _, out var words, out _) ? words : new[] { text ?? string.Empty };
    }
}
