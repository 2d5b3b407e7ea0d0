using System.Text;

namespace Containerize.Dockerfiles.Parsing;

/// <summary>
/// Shell-style word processing with Dockerfile semantics (quotes, escapes, <c>$a</c>, <c>${a}</c>,
/// <c>${a:-b}</c>, <c>${a:+b}</c>, <c>${a-b}</c>, <c>${a+b}</c>, <c>${a?msg}</c>, <c>${a#p}</c>, <c>${a%p}</c>),
/// following BuildKit's lexer, including its options for keeping quotes and escapes.
/// </summary>
internal sealed class ShellLexer
{
    private const int Eof = -1;

    private readonly char _escape;
    private string _text = string.Empty;
    private int _pos;
    private bool _rawEscapes;
    private Func<string, string?> _lookup = static _ => null;

    public ShellLexer(char escapeToken = '\\')
    {
        _escape = escapeToken;
    }

    /// <summary>Keep quote characters in the output.</summary>
    public bool RawQuotes { get; set; }

    /// <summary>Keep escape characters in the output.</summary>
    public bool RawEscapes { get; set; }

    /// <summary>Leave references to unset variables as written instead of expanding them to nothing.</summary>
    public bool SkipUnsetEnv { get; set; }

    /// <summary>Processes <paramref name="word"/>; returns false (with <paramref name="error"/>) on a syntax error.</summary>
    public bool Process(string word, Func<string, string?>? lookup, out string result, out List<string> words, out string? error)
    {
        _text = word;
        _pos = 0;
        _rawEscapes = RawEscapes;
        _lookup = lookup ?? (static _ => null);
        error = null;
        try
        {
            (result, words) = ProcessStopOn(Eof, _rawEscapes);
            return true;
        }
        catch (LexException ex)
        {
            result = string.Empty;
            words = new List<string>();
            error = ex.Message;
            return false;
        }
    }

    private int Peek() => _pos < _text.Length ? _text[_pos] : Eof;

    private int Next() => _pos < _text.Length ? _text[_pos++] : Eof;

    private (string Result, List<string> Words) ProcessStopOn(int stop, bool rawEscapes)
    {
        var result = new StringBuilder();
        var words = new WordCollector();
        var saved = _rawEscapes;
        _rawEscapes = rawEscapes;
        try
        {
            while (Peek() != Eof)
            {
                var ch = Peek();
                if (stop != Eof && ch == stop)
                {
                    Next();
                    return (result.ToString(), words.GetWords());
                }

                if (ch == '$')
                {
                    var tmp = ProcessDollar();
                    result.Append(tmp);
                    words.AddString(tmp);
                    continue;
                }

                if (ch == '<')
                {
                    // BuildKit keeps "<<" and the blanks after it in one word, so "<<  EOF" stays a heredoc word.
                    var tmp = ProcessPossibleHeredoc();
                    result.Append(tmp);
                    words.AddRawString(tmp);
                    continue;
                }

                if (ch == '\'')
                {
                    var tmp = ProcessSingleQuote();
                    result.Append(tmp);
                    words.AddRawString(tmp);
                    continue;
                }

                if (ch == '"')
                {
                    var tmp = ProcessDoubleQuote();
                    result.Append(tmp);
                    words.AddRawString(tmp);
                    continue;
                }

                var c = Next();
                if (c == _escape)
                {
                    if (_rawEscapes)
                    {
                        words.AddRawChar((char)c);
                        result.Append((char)c);
                    }

                    c = Next();
                    if (c == Eof)
                    {
                        break;
                    }

                    words.AddRawChar((char)c);
                }
                else
                {
                    words.AddChar((char)c);
                }

                result.Append((char)c);
            }

            if (stop != Eof)
            {
                throw new LexException($"unexpected end of statement while looking for matching {(char)stop}");
            }

            return (result.ToString(), words.GetWords());
        }
        finally
        {
            _rawEscapes = saved;
        }
    }

    private string ProcessPossibleHeredoc()
    {
        Next();
        if (Peek() != '<')
        {
            return "<";
        }

        Next();
        var start = _pos;
        while (Peek() is ' ' or '\t')
        {
            Next();
        }

        return "<<" + _text.Substring(start, _pos - start);
    }

    private string ProcessSingleQuote()
    {
        var sb = new StringBuilder();
        var ch = Next();
        if (RawQuotes)
        {
            sb.Append((char)ch);
        }

        while (true)
        {
            ch = Next();
            if (ch == Eof)
            {
                throw new LexException("unexpected end of statement while looking for matching single-quote");
            }

            if (ch == '\'')
            {
                if (RawQuotes)
                {
                    sb.Append((char)ch);
                }

                return sb.ToString();
            }

            sb.Append((char)ch);
        }
    }

    private string ProcessDoubleQuote()
    {
        var sb = new StringBuilder();
        var ch = Next();
        if (RawQuotes)
        {
            sb.Append((char)ch);
        }

        while (true)
        {
            switch (Peek())
            {
                case Eof:
                    throw new LexException("unexpected end of statement while looking for matching double-quote");
                case '"':
                    ch = Next();
                    if (RawQuotes)
                    {
                        sb.Append((char)ch);
                    }

                    return sb.ToString();
                case '$':
                    sb.Append(ProcessDollar());
                    break;
                default:
                    ch = Next();
                    if (ch == _escape)
                    {
                        if (_rawEscapes)
                        {
                            sb.Append((char)ch);
                        }

                        var next = Peek();
                        if (next == Eof)
                        {
                            continue;
                        }

                        if (next == '"' || next == '$' || next == _escape)
                        {
                            ch = Next();
                        }
                    }

                    sb.Append((char)ch);
                    break;
            }
        }
    }

    private string ProcessDollar()
    {
        Next();
        if (Peek() != '{')
        {
            var name = ProcessName();
            if (name.Length == 0)
            {
                return "$";
            }

            var value = _lookup(name);
            if (value is null && SkipUnsetEnv)
            {
                return "$" + name;
            }

            return value ?? string.Empty;
        }

        Next();
        switch (Peek())
        {
            case Eof:
                throw new LexException("syntax error: missing '}'");
            case '{' or '}' or ':':
                throw new LexException("syntax error: bad substitution");
        }

        var varName = ProcessName();
        var op = Next();
        var ops = op == Eof ? string.Empty : ((char)op).ToString();
        var nullIsUnset = false;
        switch (op)
        {
            case '}':
            {
                var value = _lookup(varName);
                if (value is null && SkipUnsetEnv)
                {
                    return "${" + varName + "}";
                }

                return value ?? string.Empty;
            }

            case ':' or '+' or '-' or '?' or '#' or '%':
            {
                if (op == ':')
                {
                    nullIsUnset = true;
                    op = Next();
                    ops += op == Eof ? string.Empty : ((char)op).ToString();
                }

                string word;
                try
                {
                    (word, _) = ProcessStopOn('}', op is '#' or '%');
                }
                catch (LexException) when (Peek() == Eof)
                {
                    throw new LexException("syntax error: missing '}'");
                }

                var value = _lookup(varName);
                if (SkipUnsetEnv && value is null)
                {
                    return "${" + varName + ops + word + "}";
                }

                switch (op)
                {
                    case '-':
                        return value is null || (nullIsUnset && value.Length == 0) ? word : value;
                    case '+':
                        return value is null || (nullIsUnset && value.Length == 0) ? string.Empty : word;
                    case '?':
                        if (value is null)
                        {
                            throw new LexException($"{varName}: {(word.Length > 0 ? word : "is not allowed to be unset")}");
                        }

                        if (nullIsUnset && value.Length == 0)
                        {
                            throw new LexException($"{varName}: {(word.Length > 0 ? word : "is not allowed to be empty")}");
                        }

                        return value;
                    case '#' or '%':
                        return TrimPattern(value ?? string.Empty, word, op == '%');
                    default:
                        throw new LexException($"unsupported modifier ({ops}) in substitution");
                }
            }

            case '/':
            {
                var all = Peek() == '/';
                if (all)
                {
                    Next();
                }

                string pattern, replacement;
                try
                {
                    (pattern, _) = ProcessStopOn('/', true);
                }
                catch (LexException) when (Peek() == Eof)
                {
                    throw new LexException("syntax error: missing '/' in ${}");
                }

                try
                {
                    (replacement, _) = ProcessStopOn('}', true);
                }
                catch (LexException) when (Peek() == Eof)
                {
                    throw new LexException("syntax error: missing '}'");
                }

                var value = _lookup(varName);
                if (SkipUnsetEnv && value is null)
                {
                    return "${" + varName + "/" + pattern + "/" + replacement + "}";
                }

                return ReplacePattern(value ?? string.Empty, pattern, replacement, all);
            }

            default:
                throw new LexException($"unsupported modifier ({ops}) in substitution");
        }
    }

    private string ProcessName()
    {
        var sb = new StringBuilder();
        while (Peek() != Eof)
        {
            var ch = (char)Peek();
            if (sb.Length == 0 && char.IsDigit(ch))
            {
                while (Peek() != Eof && char.IsDigit((char)Peek()))
                {
                    sb.Append((char)Next());
                }

                return sb.ToString();
            }

            if (sb.Length == 0 && ch is '@' or '*' or '#' or '?' or '-' or '$' or '!' or '0')
            {
                Next();
                return ch.ToString();
            }

            if (!char.IsLetter(ch) && !char.IsDigit(ch) && ch != '_')
            {
                break;
            }

            sb.Append((char)Next());
        }

        return sb.ToString();
    }

    // ${a#p} / ${a%p}: remove the shortest (or, doubled, the longest) prefix / suffix matching a glob.
    private static string TrimPattern(string value, string word, bool suffix)
    {
        var greedy = word.Length > 0 && word[0] == (suffix ? '%' : '#');
        var pattern = greedy ? word.Substring(1) : word;
        if (suffix)
        {
            if (greedy)
            {
                for (var start = 0; start <= value.Length; start++)
                {
                    if (Glob.IsMatch(pattern, value.Substring(start)))
                    {
                        return value.Substring(0, start);
                    }
                }
            }
            else
            {
                for (var start = value.Length; start >= 0; start--)
                {
                    if (Glob.IsMatch(pattern, value.Substring(start)))
                    {
                        return value.Substring(0, start);
                    }
                }
            }

            return value;
        }

        if (greedy)
        {
            for (var end = value.Length; end >= 0; end--)
            {
                if (Glob.IsMatch(pattern, value.Substring(0, end)))
                {
                    return value.Substring(end);
                }
            }
        }
        else
        {
            for (var end = 0; end <= value.Length; end++)
            {
                if (Glob.IsMatch(pattern, value.Substring(0, end)))
                {
                    return value.Substring(end);
                }
            }
        }

        return value;
    }

    private static string ReplacePattern(string value, string pattern, string replacement, bool all)
    {
        var sb = new StringBuilder();
        var i = 0;
        var replaced = false;
        while (i <= value.Length)
        {
            var matchEnd = -1;
            if (!replaced || all)
            {
                for (var end = value.Length; end > i; end--)
                {
                    if (Glob.IsMatch(pattern, value.Substring(i, end - i)))
                    {
                        matchEnd = end;
                        break;
                    }
                }
            }

            if (matchEnd > i)
            {
                sb.Append(replacement);
                i = matchEnd;
                replaced = true;
                continue;
            }

            if (i < value.Length)
            {
                sb.Append(value[i]);
            }

            i++;
        }

        return sb.ToString();
    }

    private sealed class WordCollector
    {
        private readonly List<string> _words = new();
        private readonly StringBuilder _word = new();
        private bool _inWord;

        public void AddChar(char ch)
        {
            if (GoText.IsSpace(ch))
            {
                if (_inWord && _word.Length != 0)
                {
                    _words.Add(_word.ToString());
                    _word.Clear();
                    _inWord = false;
                }
            }
            else
            {
                AddRawChar(ch);
            }
        }

        public void AddRawChar(char ch)
        {
            _word.Append(ch);
            _inWord = true;
        }

        public void AddString(string s)
        {
            foreach (var ch in s)
            {
                AddChar(ch);
            }
        }

        public void AddRawString(string s)
        {
            _word.Append(s);
            _inWord = true;
        }

        public List<string> GetWords()
        {
            if (_word.Length > 0)
            {
                _words.Add(_word.ToString());
                _word.Clear();
                _inWord = false;
            }

            return _words;
        }
    }

    private sealed class LexException : Exception
    {
        public LexException(string message)
            : base(message)
        {
        }
    }
}
