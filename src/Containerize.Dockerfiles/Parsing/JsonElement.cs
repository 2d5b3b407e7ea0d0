namespace Containerize.Dockerfiles.Parsing;

/// <summary>A string element of a JSON array argument with its span in the file.</summary>
internal readonly struct JsonElement
{
    public JsonElement(string value, TextSpan span)
    {
        Value = value;
        Span = span;
    }

    public string Value { get; }

    public TextSpan Span { get; }

    public void Deconstruct(out string value, out TextSpan span)
    {
        value = Value;
        span = Span;
    }
}
