namespace Containerize.Dockerfiles;

/// <summary>A <c>key=value</c> (or legacy <c>key value</c>) pair of ENV or LABEL.</summary>
public sealed class KeyValueSyntax
{
    internal KeyValueSyntax(SyntaxToken key, SyntaxToken value, bool isLegacyForm, char escapeToken)
    {
        KeyToken = key;
        ValueToken = value;
        IsLegacyForm = isLegacyForm;
        Value = ShellWords.Unquote(value.Value, escapeToken);
    }

    public SyntaxToken KeyToken { get; }

    public SyntaxToken ValueToken { get; }

    public string Key => KeyToken.Value;

    /// <summary>The value as written, quotes included.</summary>
    public string RawValue => ValueToken.Value;

    /// <summary>The value with quotes and escapes removed (variables left as written).</summary>
    public string Value { get; }

    /// <summary>True for <c>ENV key value</c> (one pair, the value is the rest of the line).</summary>
    public bool IsLegacyForm { get; }
}
