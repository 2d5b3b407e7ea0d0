using Containerize.Diagnostics;
using System.Text;

namespace Containerize.Dockerfiles.Parsing;

/// <summary>
/// Reads physical lines into instructions the way BuildKit's parser does: parser directives, comments,
/// escape-token continuations, empty continuation lines, heredoc bodies. Never throws.
/// </summary>
internal sealed class DockerfileParser
{
    private const int MaxLineBytes = 65535;

    private readonly string _text;
    private readonly LineMap _lineMap;
    private readonly List<DockerfileDiagnostic> _diagnostics = new();
    private readonly List<DockerfileElement> _elements = new();
    private readonly List<Instruction> _instructions = new();
    private readonly List<ParserDirective> _directives = new();
    private readonly List<string> _buildKitWarnings = new();
    private readonly LogicalLine _logical = new();
    private readonly InstructionParser _instructionParser;

    private int _pos;
    private int _lineNumber;
    private bool _directivesDone;
    private bool _stopped;
    private char _escape = '\\';

    // The physical line last read: [LineStart, ContentEnd) without its line ending, NextStart after it.
    private int _lineStart;
    private int _contentEnd;

    private DockerfileParser(string text)
    {
        _text = text;
        _lineMap = new LineMap(text);
        _instructionParser = new InstructionParser(_lineMap, _diagnostics);
    }

    public static Dockerfile Parse(string text)
    {
        var parser = new DockerfileParser(text ?? string.Empty);
        parser.Run();
        return new Dockerfile(
            parser._lineMap,
            parser._elements,
            parser._instructions,
            parser._directives,
            parser._escape,
            parser._diagnostics,
            parser._buildKitWarnings);
    }

    private void Run()
    {
        while (ReadLine())
        {
            var tokenStart = _lineStart;
            if (_lineNumber == 0 && tokenStart < _contentEnd && _text[tokenStart] == '\uFEFF')
            {
                tokenStart++;
            }

            tokenStart = GoText.SkipSpaces(_text, tokenStart, _contentEnd);
            var isDirective = !_directivesDone && TryDirective(tokenStart, _contentEnd);
            _lineNumber++;
            var isComment = tokenStart < _contentEnd && _text[tokenStart] == '#';
            if (isComment && !isDirective)
            {
                AddComment(tokenStart, insideInstruction: false);
            }

            if (_stopped)
            {
                return;
            }

            var startLine = _lineNumber;
            var segmentEnd = isComment ? tokenStart : _contentEnd;
            var isEnd = !TrimContinuation(tokenStart, ref segmentEnd);
            if (isEnd && segmentEnd == tokenStart)
            {
                continue;
            }

            _logical.Clear();
            _logical.Append(_text, tokenStart, segmentEnd - tokenStart);
            var instructionStart = tokenStart;
            var hasEmptyContinuation = false;
            while (!isEnd && ReadLine())
            {
                _lineNumber++;
                var first = GoText.SkipSpaces(_text, _lineStart, _contentEnd);
                if (first < _contentEnd && _text[first] == '#')
                {
                    AddComment(first, insideInstruction: true);
                    continue;
                }

                if (first == _contentEnd)
                {
                    hasEmptyContinuation = true;
                    continue;
                }

                segmentEnd = _contentEnd;
                isEnd = !TrimContinuation(_lineStart, ref segmentEnd);
                _logical.Append(_text, _lineStart, segmentEnd - _lineStart);
            }

            if (_stopped)
            {
                return;
            }

            _logical.Seal();
            var lastContentEnd = _contentEnd;
            if (hasEmptyContinuation)
            {
                var warning = "Empty continuation line found in: " + _logical.Text;
                _buildKitWarnings.Add(warning);
                Report(
                    DiagnosticCatalog.EmptyContinuationLine,
                    new TextSpan(instructionStart, 0));
            }

            _instructionParser.Parse(_logical, _escape, out var data);
            data.StartLine = startLine;
            var heredocs = ReadHeredocs(data, ref lastContentEnd);
            if (_stopped)
            {
                return;
            }

            data.Heredocs = heredocs;
            data.Span = TextSpan.FromBounds(instructionStart, Math.Max(instructionStart, lastContentEnd));
            data.EndLine = _lineNumber;
            var instruction = InstructionFactory.Create(data);
            _instructions.Add(instruction);
            _elements.Add(instruction);
        }

        if (_instructions.Count == 0 && !_stopped)
        {
            Report(
                DiagnosticCatalog.NoInstructions,
                new TextSpan(_text.Length, 0));
        }
    }

    /// <summary>Reads the next physical line; false at the end of the text or after a line that is too long.</summary>
    private bool ReadLine()
    {
        if (_stopped || _pos >= _text.Length)
        {
            return false;
        }

        _lineStart = _pos;
        var newline = _text.IndexOf('\n', _pos);
        var lineEnd = newline < 0 ? _text.Length : newline;
        _pos = newline < 0 ? _text.Length : newline + 1;
        var contentEnd = lineEnd;
        while (contentEnd > _lineStart && _text[contentEnd - 1] is '\r' or '\n')
        {
            contentEnd--;
        }

        _contentEnd = contentEnd;
        if (lineEnd - _lineStart > MaxLineBytes / 3 && Encoding.UTF8.GetByteCount(_text.ToCharArray(_lineStart, lineEnd - _lineStart)) > MaxLineBytes)
        {
            Report(
                DiagnosticCatalog.LineTooLong,
                new TextSpan(_lineStart, 0),
                _lineNumber + 1,
                MaxLineBytes);
            _stopped = true;
            return false;
        }

        return true;
    }

    /// <summary>
    /// BuildKit's continuation rule: the line ends with the escape token (and blanks), and that token is not itself
    /// preceded by an escape token. Moves <paramref name="end"/> before the token; true when the instruction continues.
    /// </summary>
    private bool TrimContinuation(int start, ref int end)
    {
        var k = end;
        while (k > start && _text[k - 1] is ' ' or '\t')
        {
            k--;
        }

        if (k == start || _text[k - 1] != _escape)
        {
            return false;
        }

        if (k - 1 == start)
        {
            end = start;
            return true;
        }

        if (_text[k - 2] == _escape)
        {
            return false;
        }

        end = k - 1;
        return true;
    }

    private bool TryDirective(int start, int end)
    {
        // "#", optional whitespace, key, "=", value: ^([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$ after the '#'.
        if (start >= end || _text[start] != '#')
        {
            _directivesDone = true;
            return false;
        }

        var p = GoText.SkipSpaces(_text, start + 1, end);
        var keyStart = p;
        if (p >= end || !IsAsciiLetter(_text[p]))
        {
            _directivesDone = true;
            return false;
        }

        while (p < end && (IsAsciiLetter(_text[p]) || _text[p] is >= '0' and <= '9'))
        {
            p++;
        }

        var key = _text.Substring(keyStart, p - keyStart).ToLowerInvariant();
        while (p < end && IsRegexSpace(_text[p]))
        {
            p++;
        }

        if (p >= end || _text[p] != '=')
        {
            _directivesDone = true;
            return false;
        }

        p++;
        while (p < end && IsRegexSpace(_text[p]))
        {
            p++;
        }

        var valueEnd = end;
        while (valueEnd > p && IsRegexSpace(_text[valueEnd - 1]))
        {
            valueEnd--;
        }

        if (valueEnd <= p && p < end)
        {
            // Go's lazy "(.+?)\s*$" still takes one character when only blanks follow '='.
            valueEnd = end;
            p = end - 1;
        }

        if (valueEnd <= p || key is not ("syntax" or "escape" or "check"))
        {
            _directivesDone = true;
            return false;
        }

        var value = _text.Substring(p, valueEnd - p);
        var span = TextSpan.FromBounds(start, end);
        if (HasDirective(key))
        {
            Report(
                DiagnosticCatalog.DuplicateDirective,
                span,
                key,
                value);
            _stopped = true;
            return true;
        }

        _directives.Add(new ParserDirective(key, value, _lineNumber + 1));
        if (key == "escape")
        {
            if (value is "`" or "\\")
            {
                _escape = value[0];
            }
            else
            {
                Report(
                    DiagnosticCatalog.InvalidEscapeDirective,
                    span,
                    value);
                _stopped = true;
            }
        }

        return true;
    }

    private bool HasDirective(string key)
    {
        foreach (var directive in _directives)
        {
            if (directive.Name == key)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    // RE2's \s: [\t\n\f\r ].
    private static bool IsRegexSpace(char c) => c is ' ' or '\t' or '\n' or '\f' or '\r';

    private void AddComment(int hashAt, bool insideInstruction)
    {
        var text = GoText.TrimSpace(_text.Substring(hashAt + 1, _contentEnd - hashAt - 1));
        _elements.Add(new Comment(_lineMap, TextSpan.FromBounds(hashAt, _contentEnd), text, insideInstruction));
    }

    private List<Heredoc> ReadHeredocs(InstructionData data, ref int lastContentEnd)
    {
        var result = new List<Heredoc>();
        if (!CanContainHeredoc(data) || _logical.Text.IndexOf("<<", StringComparison.Ordinal) < 0)
        {
            return result;
        }

        if (!HeredocWords.FromLine(_logical.Text, out var declared, out var error))
        {
            Report(
                DiagnosticCatalog.InvalidHeredoc,
                data.Span,
                error);
            return result;
        }

        foreach (var (name, fd, expand, chomp) in declared)
        {
            var body = new StringBuilder();
            var bodyStart = _pos;
            var terminated = false;
            while (ReadLine())
            {
                _lineNumber++;
                var candidateStart = _lineStart;
                if (chomp)
                {
                    while (candidateStart < _contentEnd && _text[candidateStart] == '\t')
                    {
                        candidateStart++;
                    }
                }

                if (_contentEnd - candidateStart == name.Length && string.CompareOrdinal(_text, candidateStart, name, 0, name.Length) == 0)
                {
                    terminated = true;
                    lastContentEnd = _contentEnd;
                    break;
                }

                body.Append(_text, _lineStart, _pos - _lineStart);
                lastContentEnd = _contentEnd;
            }

            if (_stopped)
            {
                return result;
            }

            if (!terminated)
            {
                Report(
                    DiagnosticCatalog.UnterminatedHeredoc,
                    data.Span,
                    name);
                result.Add(new Heredoc(name, fd, expand, chomp, body.ToString(), TextSpan.FromBounds(bodyStart, _pos)));
                return result;
            }

            result.Add(new Heredoc(name, fd, expand, chomp, body.ToString(), TextSpan.FromBounds(bodyStart, _lineStart)));
        }

        return result;
    }

    private static bool CanContainHeredoc(InstructionData data)
    {
        var keyword = InstructionFactory.Lower(data.Keyword);
        var isJson = data.IsJsonForm;
        if (keyword == "onbuild" && data.Nested is not null)
        {
            keyword = InstructionFactory.Lower(data.Nested.Keyword);
            isJson = data.Nested.IsJsonForm;
        }

        return keyword is "run" or "copy" or "add" && !isJson;
    }

    private void Report(DiagnosticDefinition definition, TextSpan span, params object?[] arguments) =>
        _diagnostics.Add(new DockerfileDiagnostic(definition, definition.DefaultSeverity, span, _lineMap.GetRange(span), null, arguments));
}
