using System.Globalization;
using System.Text;

namespace Containerize.Imaging;

/// <summary>
/// The build context as a tar stream, produced while it is read: one header and one file's bytes at a time,
/// never the whole archive in memory. Permissions and symlinks are kept; long names use PAX headers.
/// </summary>
public sealed class TarContextStream : Stream
{
    private const int Block = 512;
    private readonly IEnumerator<ContextEntry> _entries;
    private byte[] _buffer = Array.Empty<byte>();
    private int _bufferOffset;
    private Stream? _file;
    private long _fileRemaining;
    private int _filePadding;
    private bool _finished;
    private long _position;

    public TarContextStream(IEnumerable<ContextEntry> entries)
    {
        _entries = entries.GetEnumerator();
    }

    /// <summary>Bytes of file content sent so far (for progress and the overhead benchmark).</summary>
    public long ContentBytes { get; private set; }

    public int Files { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => _position;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count)
    {
        var total = 0;
        while (count > 0)
        {
            if (_bufferOffset < _buffer.Length)
            {
                var n = Math.Min(count, _buffer.Length - _bufferOffset);
                Buffer.BlockCopy(_buffer, _bufferOffset, buffer, offset, n);
                _bufferOffset += n;
                offset += n;
                count -= n;
                total += n;
                continue;
            }

            if (_file is not null)
            {
                if (_fileRemaining > 0)
                {
                    var n = _file.Read(buffer, offset, (int)Math.Min(count, _fileRemaining));
                    if (n <= 0)
                    {
                        // The file shrank while being sent: pad with zeros to keep the archive valid.
                        n = (int)Math.Min(count, _fileRemaining);
                        Array.Clear(buffer, offset, n);
                    }

                    _fileRemaining -= n;
                    ContentBytes += n;
                    offset += n;
                    count -= n;
                    total += n;
                    continue;
                }

                _file.Dispose();
                _file = null;
                _buffer = new byte[_filePadding];
                _bufferOffset = 0;
                continue;
            }

            if (_finished)
            {
                break;
            }

            if (!_entries.MoveNext())
            {
                _finished = true;
                _buffer = new byte[Block * 2];
                _bufferOffset = 0;
                continue;
            }

            StartEntry(_entries.Current);
        }

        _position += total;
        return total;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _file?.Dispose();
            _entries.Dispose();
        }

        base.Dispose(disposing);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private void StartEntry(ContextEntry entry)
    {
        var name = entry.IsDirectory ? entry.RelativePath + "/" : entry.RelativePath;
        var type = entry.IsSymlink ? '2' : entry.IsDirectory ? '5' : '0';
        var size = type == '0' ? entry.Size : 0;
        var mode = FileModes.Get(entry.FullPath, entry.IsDirectory);
        var mtime = SafeMtime(entry.FullPath);
        var headers = new MemoryStream();
        var pax = new StringBuilder();
        if (Encoding.UTF8.GetByteCount(name) > 100)
        {
            pax.Append(PaxRecord("path", name));
        }

        if (entry.LinkTarget is { } target && Encoding.UTF8.GetByteCount(target) > 100)
        {
            pax.Append(PaxRecord("linkpath", target));
        }

        if (pax.Length > 0)
        {
            var body = Encoding.UTF8.GetBytes(pax.ToString());
            headers.Write(Header("PaxHeaders/" + Truncate(name, 80), 'x', body.Length, 420, mtime, null), 0, Block);
            headers.Write(body, 0, body.Length);
            headers.Write(new byte[Pad(body.Length)], 0, Pad(body.Length));
        }

        headers.Write(Header(Truncate(name, 100), type, size, mode, mtime, entry.LinkTarget is null ? null : Truncate(entry.LinkTarget, 100)), 0, Block);
        _buffer = headers.ToArray();
        _bufferOffset = 0;
        Files += type == '0' ? 1 : 0;
        if (type == '0' && size > 0)
        {
            try
            {
                _file = new FileStream(entry.FullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 81920);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                _file = new MemoryStream();
            }

            _fileRemaining = size;
            _filePadding = Pad(size);
        }
    }

    private static int Pad(long size) => (int)((Block - (size % Block)) % Block);

    private static string Truncate(string value, int bytes)
    {
        while (Encoding.UTF8.GetByteCount(value) > bytes)
        {
            value = value.Substring(0, value.Length - 1);
        }

        return value;
    }

    private static string PaxRecord(string key, string value)
    {
        // "<length> <key>=<value>\n" where length counts itself.
        var rest = " " + key + "=" + value + "\n";
        var restBytes = Encoding.UTF8.GetByteCount(rest);
        var length = restBytes + 1;
        while (length.ToString(CultureInfo.InvariantCulture).Length + restBytes != length)
        {
            length = length.ToString(CultureInfo.InvariantCulture).Length + restBytes;
        }

        return length.ToString(CultureInfo.InvariantCulture) + rest;
    }

    private static long SafeMtime(string path)
    {
        try
        {
            return (long)(File.GetLastWriteTimeUtc(path) - new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc)).TotalSeconds;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return 0;
        }
    }

    private static byte[] Header(string name, char type, long size, int mode, long mtime, string? linkName)
    {
        var h = new byte[Block];
        Put(h, 0, 100, name);
        Octal(h, 100, 8, mode);
        Octal(h, 108, 8, 0);
        Octal(h, 116, 8, 0);
        Octal(h, 124, 12, size);
        Octal(h, 136, 12, Math.Max(0, mtime));
        h[156] = (byte)type;
        if (linkName is not null)
        {
            Put(h, 157, 100, linkName);
        }

        Put(h, 257, 6, "ustar");
        h[263] = (byte)'0';
        h[264] = (byte)'0';
        for (var i = 148; i < 156; i++)
        {
            h[i] = (byte)' ';
        }

        long sum = 0;
        foreach (var b in h)
        {
            sum += b;
        }

        Octal(h, 148, 7, sum);
        h[155] = (byte)' ';
        return h;
    }

    private static void Put(byte[] h, int offset, int length, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        Buffer.BlockCopy(bytes, 0, h, offset, Math.Min(length, bytes.Length));
    }

    private static void Octal(byte[] h, int offset, int length, long value)
    {
        var text = Convert.ToString(value, 8).PadLeft(length - 1, '0');
        Put(h, offset, length - 1, text);
        h[offset + length - 1] = 0;
    }
}
