using System.Globalization;
using System.Text;

namespace Containerize.Imaging;

/// <summary>Reads a tar stream sequentially (ustar, PAX and GNU long names); entries' content is a bounded sub-stream.</summary>
internal sealed class TarReader
{
    private readonly Stream _stream;
    private readonly byte[] _header = new byte[512];
    private long _skip;

    public TarReader(Stream stream)
    {
        _stream = stream;
    }

    public sealed class Entry
    {
        public string Name { get; set; } = string.Empty;

        public char Type { get; set; }

        public long Size { get; set; }

        public Stream Content { get; set; } = Stream.Null;

        /// <summary>A link's target (type '1' or '2').</summary>
        public string LinkName { get; set; } = string.Empty;
    }

    public Entry? Next()
    {
        Skip(_skip);
        _skip = 0;
        string? longName = null;
        while (true)
        {
            if (!ReadExactly(_header, 512) || _header.All(b => b == 0))
            {
                return null;
            }

            var name = Text(0, 100);
            var prefix = Text(345, 155);
            if (prefix.Length > 0 && Text(257, 5) == "ustar")
            {
                name = prefix + "/" + name;
            }

            var size = Number(124, 12);
            var type = (char)_header[156];
            var padded = (size + 511) / 512 * 512;
            if (type is 'x' or 'L')
            {
                var body = new byte[size];
                ReadExactly(body, (int)size);
                Skip(padded - size);
                var text = Encoding.UTF8.GetString(body);
                longName = type == 'L' ? text.TrimEnd('\0') : PaxPath(text) ?? longName;
                continue;
            }

            if (type == 'g')
            {
                Skip(padded);
                continue;
            }

            _skip = padded;
            var entry = new Entry { Name = longName ?? name, Type = type == '\0' ? '0' : type, Size = size, LinkName = Text(157, 100) };
            entry.Content = new BoundedStream(this, size);
            return entry;
        }
    }

    private static string? PaxPath(string records)
    {
        foreach (var record in records.Split('\n'))
        {
            var space = record.IndexOf(' ');
            if (space > 0 && record.Substring(space + 1).StartsWith("path=", StringComparison.Ordinal))
            {
                return record.Substring(space + 1 + 5);
            }
        }

        return null;
    }

    private string Text(int offset, int length)
    {
        var end = offset;
        while (end < offset + length && _header[end] != 0)
        {
            end++;
        }

        return Encoding.UTF8.GetString(_header, offset, end - offset);
    }

    private long Number(int offset, int length)
    {
        if ((_header[offset] & 0x80) != 0)
        {
            long value = 0;
            for (var i = offset + 1; i < offset + length; i++)
            {
                value = (value << 8) | _header[i];
            }

            return value;
        }

        var text = Text(offset, length).Trim(' ', '\0');
        return text.Length == 0 ? 0 : Convert.ToInt64(text, 8);
    }

    private bool ReadExactly(byte[] buffer, int count)
    {
        var read = 0;
        while (read < count)
        {
            var n = _stream.Read(buffer, read, count - read);
            if (n <= 0)
            {
                return false;
            }

            read += n;
        }

        return true;
    }

    private void Skip(long count)
    {
        var buffer = new byte[81920];
        while (count > 0)
        {
            var n = _stream.Read(buffer, 0, (int)Math.Min(buffer.Length, count));
            if (n <= 0)
            {
                return;
            }

            count -= n;
        }
    }

    private sealed class BoundedStream : Stream
    {
        private readonly TarReader _reader;
        private long _remaining;

        public BoundedStream(TarReader reader, long size)
        {
            _reader = reader;
            _remaining = size;
        }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (_remaining <= 0)
            {
                return 0;
            }

            var n = _reader._stream.Read(buffer, offset, (int)Math.Min(count, _remaining));
            if (n > 0)
            {
                _remaining -= n;
                _reader._skip -= n;
            }

            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
