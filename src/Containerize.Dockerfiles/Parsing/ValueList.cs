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
