namespace Containerize.Dockerfiles.Parsing;

/// <summary>
/// A growable list of small structs for the parser's scratch buffers. Not List&lt;T&gt;: the framework's generic
/// code over our structs is not in any ReadyToRun image and would be compiled at first use in every cold
/// compiler process; this type's code over our structs is precompiled with the assembly.
/// </summary>
internal sealed class ValueList<T>
    where T : struct
{
    private T[] _items = new T[8];

    public int Count { get; private set; }

    public ref readonly T this[int index] => ref _items[index];

    public void Add(in T item)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = item;
    }

    public void Clear() => Count = 0;

    public Enumerator GetEnumerator() => new(this);

    public struct Enumerator
    {
        private readonly ValueList<T> _list;
        private int _index;

        internal Enumerator(ValueList<T> list)
        {
            _list = list;
            _index = -1;
        }

        public readonly ref readonly T Current => ref _list._items[_index];

        public bool MoveNext() => ++_index < _list.Count;
    }
}

/// <summary>A word (or flag) read from an instruction line: its text and where it was, [Start, End) in that line.</summary>
internal readonly struct RawWord
{
    public RawWord(string text, int start, int end)
    {
        Text = text;
        Start = start;
        End = end;
    }

    public string Text { get; }

    public int Start { get; }

    public int End { get; }

    public void Deconstruct(out string text, out int start, out int end)
    {
        text = Text;
        start = Start;
        end = End;
    }
}

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
