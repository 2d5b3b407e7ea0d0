using System.Text;

namespace Containerize.Dockerfiles.Parsing;

/// <summary>
/// Reads the JSON ("exec") form of an instruction the way BuildKit does with Go's encoding/json:
/// a strict JSON document that must be an array; every element must be a string.
/// </summary>
internal static class JsonArrayReader
{
    internal enum Outcome
    {
        /// <summary>A JSON array of strings.</summary>
        Strings,

        /// <summary>Not JSON, or not an array: BuildKit falls back to the shell form silently.</summary>
        NotJson,

        /// <summary>Valid JSON array with a non-string element: a hard parse error.</summary>
        NotStringArray,
    }

    private const int MaxDepth = 10000;

    /// <summary>Reads <paramref name="text"/>[start..end); string elements get their spans (quotes included).</summary>
    public static Outcome Read(string text, int start, int end, ValueList<JsonElement> elements)
    {
        elements.Clear();
        var p = GoText.SkipSpaces(text, start, end);
        if (p >= end || text[p] != '[')
        {
            return Outcome.NotJson;
        }

        var reader = new Reader(text, end);
        var nonString = false;
        reader.Pos = p + 1;
        reader.SkipWs();
        if (reader.Peek() == ']')
        {
            reader.Pos++;
        }
        else
        {
            while (true)
            {
                reader.SkipWs();
                var elementStart = reader.Pos;
                if (reader.Peek() == '"')
                {
                    var value = reader.ReadString();
                    if (value is null)
                    {
                        return Outcome.NotJson;
                    }

                    elements.Add(new JsonElement(value, TextSpan.FromBounds(elementStart, reader.Pos)));
                }
                else
                {
                    if (!reader.SkipValue(1))
                    {
                        return Outcome.NotJson;
                    }

                    nonString = true;
                }

                reader.SkipWs();
                var c = reader.Peek();
                reader.Pos++;
                if (c == ']')
                {
                    break;
                }

                if (c != ',')
                {
                    return Outcome.NotJson;
                }
            }
        }

        reader.SkipWs();
        if (reader.Pos != end)
        {
            return Outcome.NotJson;
        }

        return nonString ? Outcome.NotStringArray : Outcome.Strings;
    }

    private struct Reader
    {
        private readonly string _text;
        private readonly int _end;

        public Reader(string text, int end)
        {
            _text = text;
            _end = end;
            Pos = 0;
        }

        public int Pos;

        public readonly int Peek() => Pos < _end ? _text[Pos] : -1;

        public void SkipWs()
        {
            while (Pos < _end && _text[Pos] is ' ' or '\t' or '\n' or '\r')
            {
                Pos++;
            }
        }

        /// <summary>Reads a JSON string at Pos (which is on the opening quote); null when it is not valid JSON.</summary>
        public string? ReadString()
        {
            Pos++;
            var runStart = Pos;
            StringBuilder? sb = null;
            while (Pos < _end)
            {
                var c = _text[Pos];
                if (c == '"')
                {
                    var tail = _text.Substring(runStart, Pos - runStart);
                    Pos++;
                    return sb is null ? tail : sb.Append(tail).ToString();
                }

                if (c < 0x20)
                {
                    return null;
                }

                if (c != '\\')
                {
                    Pos++;
                    continue;
                }

                sb ??= new StringBuilder();
                sb.Append(_text, runStart, Pos - runStart);
                Pos++;
                if (Pos >= _end)
                {
                    return null;
                }

                var e = _text[Pos++];
                switch (e)
                {
                    case '"': sb.Append('"'); break;
                    case '\\': sb.Append('\\'); break;
                    case '/': sb.Append('/'); break;
                    case 'b': sb.Append('\b'); break;
                    case 'f': sb.Append('\f'); break;
                    case 'n': sb.Append('\n'); break;
                    case 'r': sb.Append('\r'); break;
                    case 't': sb.Append('\t'); break;
                    case 'u':
                        if (!ReadHex4(out var unit))
                        {
                            return null;
                        }

                        if (char.IsHighSurrogate((char)unit))
                        {
                            // Go pairs a high surrogate with a following \uDC00-\uDFFF escape; otherwise U+FFFD.
                            var save = Pos;
                            if (Pos + 1 < _end && _text[Pos] == '\\' && _text[Pos + 1] == 'u')
                            {
                                Pos += 2;
                                if (ReadHex4(out var low) && char.IsLowSurrogate((char)low))
                                {
                                    sb.Append((char)unit).Append((char)low);
                                    break;
                                }
                            }

                            Pos = save;
                            sb.Append('\uFFFD');
                        }
                        else if (char.IsLowSurrogate((char)unit))
                        {
                            sb.Append('\uFFFD');
                        }
                        else
                        {
                            sb.Append((char)unit);
                        }

                        break;
                    default:
                        return null;
                }

                runStart = Pos;
            }

            return null;
        }

        private bool ReadHex4(out int value)
        {
            value = 0;
            if (Pos + 4 > _end)
            {
                return false;
            }

            for (var i = 0; i < 4; i++)
            {
                var c = _text[Pos + i];
                int digit = c switch
                {
                    >= '0' and <= '9' => c - '0',
                    >= 'a' and <= 'f' => c - 'a' + 10,
                    >= 'A' and <= 'F' => c - 'A' + 10,
                    _ => -1,
                };
                if (digit < 0)
                {
                    return false;
                }

                value = (value << 4) | digit;
            }

            Pos += 4;
            return true;
        }

        /// <summary>Skips any JSON value; false when it is not valid JSON.</summary>
        public bool SkipValue(int depth)
        {
            if (depth > MaxDepth)
            {
                return false;
            }

            SkipWs();
            switch (Peek())
            {
                case '"':
                    return ReadString() is not null;
                case '[':
                    return SkipContainer(']', depth, isObject: false);
                case '{':
                    return SkipContainer('}', depth, isObject: true);
                case 't':
                    return SkipLiteral("true");
                case 'f':
                    return SkipLiteral("false");
                case 'n':
                    return SkipLiteral("null");
                default:
                    return SkipNumber();
            }
        }

        private bool SkipContainer(char close, int depth, bool isObject)
        {
            Pos++;
            SkipWs();
            if (Peek() == close)
            {
                Pos++;
                return true;
            }

            while (true)
            {
                SkipWs();
                if (isObject)
                {
                    if (Peek() != '"' || ReadString() is null)
                    {
                        return false;
                    }

                    SkipWs();
                    if (Peek() != ':')
                    {
                        return false;
                    }

                    Pos++;
                }

                if (!SkipValue(depth + 1))
                {
                    return false;
                }

                SkipWs();
                var c = Peek();
                Pos++;
                if (c == close)
                {
                    return true;
                }

                if (c != ',')
                {
                    return false;
                }
            }
        }

        private bool SkipLiteral(string literal)
        {
            if (Pos + literal.Length > _end || string.CompareOrdinal(_text, Pos, literal, 0, literal.Length) != 0)
            {
                return false;
            }

            Pos += literal.Length;
            return true;
        }

        private bool SkipNumber()
        {
            var start = Pos;
            if (Peek() == '-')
            {
                Pos++;
            }

            if (Peek() == '0')
            {
                Pos++;
            }
            else if (Peek() is >= '1' and <= '9')
            {
                while (Peek() is >= '0' and <= '9')
                {
                    Pos++;
                }
            }
            else
            {
                return false;
            }

            if (Peek() == '.')
            {
                Pos++;
                if (!(Peek() is >= '0' and <= '9'))
                {
                    return false;
                }

                while (Peek() is >= '0' and <= '9')
                {
                    Pos++;
                }
            }

            if (Peek() is 'e' or 'E')
            {
                Pos++;
                if (Peek() is '+' or '-')
                {
                    Pos++;
                }

                if (!(Peek() is >= '0' and <= '9'))
                {
                    return false;
                }

                while (Peek() is >= '0' and <= '9')
                {
                    Pos++;
                }
            }

            return Pos > start;
        }
    }
}
