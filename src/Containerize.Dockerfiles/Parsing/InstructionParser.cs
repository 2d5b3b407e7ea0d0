using Containerize.Diagnostics;
namespace Containerize.Dockerfiles.Parsing;

/// <summary>Turns one joined instruction line into an instruction, following BuildKit's per-keyword rules.</summary>
internal sealed class InstructionParser
{
    private static readonly Dictionary<string, string[]> KnownFlags = new(StringComparer.Ordinal)
    {
        ["from"] = new[] { "platform" },
        ["run"] = new[] { "mount", "network", "security", "device" },
        ["copy"] = new[] { "from", "chown", "chmod", "link", "parents", "exclude" },
        ["add"] = new[] { "chown", "chmod", "link", "checksum", "keep-git-dir", "exclude", "unpack" },
        ["healthcheck"] = new[] { "interval", "timeout", "start-period", "start-interval", "retries" },
    };

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "from", "run", "cmd", "entrypoint", "shell", "copy", "add", "env", "arg", "label", "expose", "user",
        "workdir", "volume", "healthcheck", "stopsignal", "onbuild", "maintainer",
    };

    private readonly LineMap _lineMap;
    private readonly List<DockerfileDiagnostic> _diagnostics;
    private readonly ValueList<RawWord> _scratch = new();
    private readonly ValueList<JsonElement> _json = new();
    private LogicalLine _line = null!;
    private char _escape;

    public InstructionParser(LineMap lineMap, List<DockerfileDiagnostic> diagnostics)
    {
        _lineMap = lineMap;
        _diagnostics = diagnostics;
    }

    /// <summary>False when BuildKit's parser would refuse this instruction (an error was reported).</summary>
    public bool Parse(LogicalLine line, char escape, out InstructionData data)
    {
        _line = line;
        _escape = escape;
        return ParseRange(0, line.Length, out data);
    }

    private bool ParseRange(int from, int to, out InstructionData data)
    {
        var text = _line.Text;
        var s = GoText.SkipSpaces(text, from, to);
        var e = GoText.TrimEndSpaces(text, s, to);
        var k = s;
        while (k < e && !GoText.IsTokenWhitespace(text[k]))
        {
            k++;
        }

        var keyword = text.Substring(s, k - s);
        var lower = InstructionFactory.Lower(keyword);
        var flags = new List<InstructionFlag>();
        var restStart = e;
        if (k < e)
        {
            var argsStart = k;
            while (argsStart < e && GoText.IsTokenWhitespace(text[argsStart]))
            {
                argsStart++;
            }

            restStart = FlagExtractor.Extract(text, argsStart, e, _scratch);
            foreach (var (flagText, fs, fe) in _scratch)
            {
                flags.Add(new InstructionFlag(flagText, Span(fs, fe), _lineMap));
            }
        }

        var rs = GoText.SkipSpaces(text, restStart, e);
        var re = GoText.TrimEndSpaces(text, rs, e);
        var ok = true;
        var isJson = false;
        Instruction? nested = null;
        var args = new List<SyntaxToken>();
        switch (lower)
        {
            case "add" or "copy" or "volume":
                ok = MaybeJsonToList(rs, re, args, out isJson);
                break;
            case "run" or "cmd" or "entrypoint" or "shell":
                ok = MaybeJson(rs, re, args, out isJson);
                break;
            case "from" or "expose":
                WhitespaceDelimited(rs, re, args);
                break;
            case "arg":
                WordSplitter.Split(text, rs, re, _escape, _scratch);
                foreach (var (word, ws, we) in _scratch)
                {
                    args.Add(Token(word, ws, we));
                }

                break;
            case "env" or "label":
                ok = NameValue(rs, re, lower == "env" ? "ENV" : "LABEL", args);
                break;
            case "maintainer" or "stopsignal" or "user" or "workdir":
                if (re > rs)
                {
                    args.Add(Token(text.Substring(rs, re - rs), rs, re));
                }

                break;
            case "healthcheck":
                ok = HealthConfig(rs, re, args, out isJson);
                break;
            case "onbuild":
                if (re > rs)
                {
                    ok = ParseRange(rs, re, out var inner);
                    nested = InstructionFactory.Create(inner);
                }

                break;
            default:
                args.Add(Token(string.Empty, rs, rs));
                break;
        }

        data = new InstructionData
        {
            LineMap = _lineMap,
            Keyword = keyword,
            KeywordSpan = Span(s, k),
            Flags = flags,
            ArgumentText = text.Substring(rs, re - rs),
            ArgumentSpan = Span(rs, re),
            Arguments = args,
            IsJsonForm = isJson,
            Nested = nested,
            Span = Span(s, e),
            EscapeToken = _escape,
        };

        if (ok)
        {
            Validate(lower, keyword, flags, data);
        }

        return ok;
    }

    private void Validate(string lower, string keyword, List<InstructionFlag> flags, InstructionData data)
    {
        if (!Keywords.Contains(lower))
        {
            Report(
                DiagnosticCatalog.UnknownInstruction,
                DiagnosticSeverity.Warning,
                data.KeywordSpan,
                keyword);
            return;
        }

        KnownFlags.TryGetValue(lower, out var known);
        foreach (var flag in flags)
        {
            if (known is null || Array.IndexOf(known, flag.Name) < 0)
            {
                var allowed = known is null ? $"{keyword.ToUpperInvariant()} takes no flags" : "known flags: --" + string.Join(", --", known);
                Report(
                    DiagnosticCatalog.UnknownFlag,
                    DiagnosticSeverity.Warning,
                    flag.Span,
                    flag.Text,
                    keyword.ToUpperInvariant(),
                    allowed);
            }
        }

        if (lower == "from" && data.Arguments.Count is not (1 or 3))
        {
            Report(
                DiagnosticCatalog.MissingArgument,
                DiagnosticSeverity.Warning,
                data.Span,
                $"FROM takes an image and optionally 'AS name', but got {data.Arguments.Count} argument(s): '{data.ArgumentText}'",
                "FROM image[:tag] [AS name]");
        }
    }

    private TextSpan Span(int start, int end) => _line.ToSourceSpan(start, end);

    private SyntaxToken Token(string value, int start, int end) => new(value, Span(start, end), _lineMap);

    private void Report(DiagnosticDefinition definition, DiagnosticSeverity severity, TextSpan span, params object?[] arguments) =>
        _diagnostics.Add(new DockerfileDiagnostic(definition, severity, span, _lineMap.GetRange(span), null, arguments));

    private void WhitespaceDelimited(int rs, int re, List<SyntaxToken> args)
    {
        if (re <= rs)
        {
            return;
        }

        var text = _line.Text;
        var start = rs;
        var i = rs;
        while (i <= re)
        {
            if (i == re || GoText.IsTokenWhitespace(text[i]))
            {
                args.Add(Token(text.Substring(start, i - start), start, i));
                while (i < re && GoText.IsTokenWhitespace(text[i]))
                {
                    i++;
                }

                start = i;
                if (i == re)
                {
                    break;
                }

                continue;
            }

            i++;
        }
    }

    private bool Json(int rs, int re, List<SyntaxToken> args, out bool isJson, out bool failed)
    {
        isJson = false;
        failed = false;
        switch (JsonArrayReader.Read(_line.Text, rs, re, _json))
        {
            case JsonArrayReader.Outcome.Strings:
                foreach (var (value, span) in _json)
                {
                    args.Add(new SyntaxToken(value, Span(span.Start, span.End), _lineMap));
                }

                isJson = true;
                return true;
            case JsonArrayReader.Outcome.NotStringArray:
                Report(
                    DiagnosticCatalog.JsonNotStringArray,
                    DiagnosticSeverity.Error,
                    Span(rs, re),
                    _line.Text.Substring(rs, re - rs));
                failed = true;
                return true;
            default:
                return false;
        }
    }

    private bool MaybeJson(int rs, int re, List<SyntaxToken> args, out bool isJson)
    {
        isJson = false;
        if (re <= rs)
        {
            return true;
        }

        if (Json(rs, re, args, out isJson, out var failed))
        {
            return !failed;
        }

        args.Add(Token(_line.Text.Substring(rs, re - rs), rs, re));
        return true;
    }

    private bool MaybeJsonToList(int rs, int re, List<SyntaxToken> args, out bool isJson)
    {
        if (Json(rs, re, args, out isJson, out var failed))
        {
            return !failed;
        }

        WhitespaceDelimited(rs, re, args);
        return true;
    }

    private bool NameValue(int rs, int re, string key, List<SyntaxToken> args)
    {
        var text = _line.Text;
        WordSplitter.Split(text, rs, re, _escape, _scratch);
        if (_scratch.Count == 0)
        {
            return true;
        }

        if (_scratch[0].Text.IndexOf('=') < 0)
        {
            // Legacy form: the key, then everything after the first whitespace run.
            var k = rs;
            while (k < re && !GoText.IsTokenWhitespace(text[k]))
            {
                k++;
            }

            if (k >= re)
            {
                Report(
                    DiagnosticCatalog.MissingArgument,
                    DiagnosticSeverity.Error,
                    Span(rs, re),
                    $"{key} must have two arguments: '{text.Substring(rs, re - rs)}' has no value",
                    $"{key} {text.Substring(rs, re - rs)}=value");
                args.Add(Token(text.Substring(rs, re - rs), rs, re));
                return false;
            }

            var v = k;
            while (v < re && GoText.IsTokenWhitespace(text[v]))
            {
                v++;
            }

            args.Add(Token(text.Substring(rs, k - rs), rs, k));
            args.Add(Token(text.Substring(v, re - v), v, re));
            args.Add(Token(string.Empty, k, k));
            return true;
        }

        foreach (var (word, ws, we) in _scratch)
        {
            var eq = word.IndexOf('=');
            if (eq < 0)
            {
                Report(
                    DiagnosticCatalog.MissingEquals,
                    DiagnosticSeverity.Error,
                    Span(ws, we),
                    GoText.Quote(word));
                return false;
            }

            args.Add(Token(word.Substring(0, eq), ws, ws + eq));
            args.Add(Token(word.Substring(eq + 1), ws + eq + 1, we));
            args.Add(Token("=", ws + eq, ws + eq + 1));
        }

        return true;
    }

    private bool HealthConfig(int rs, int re, List<SyntaxToken> args, out bool isJson)
    {
        isJson = false;
        var text = _line.Text;
        var sep = rs;
        while (sep < re && !IsSpaceBytewise(text[sep]))
        {
            sep++;
        }

        var next = sep;
        while (next < re && IsSpaceBytewise(text[next]))
        {
            next++;
        }

        if (sep == rs)
        {
            return true;
        }

        args.Add(Token(text.Substring(rs, sep - rs), rs, sep));
        return MaybeJson(next, re, args, out isJson);
    }

    // BuildKit tests HEALTHCHECK separators byte by byte; a character counts as a space when any of its
    // UTF-8 bytes is one under Go's unicode.IsSpace.
    private static bool IsSpaceBytewise(char c)
    {
        if (c < 0x80)
        {
            return GoText.IsSpaceByte((byte)c);
        }

        if (char.IsSurrogate(c))
        {
            return false;
        }

        foreach (var b in System.Text.Encoding.UTF8.GetBytes(new[] { c }))
        {
            if (GoText.IsSpaceByte(b))
            {
                return true;
            }
        }

        return false;
    }
}
