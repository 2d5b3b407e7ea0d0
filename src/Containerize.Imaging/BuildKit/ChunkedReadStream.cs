using System.Globalization;

namespace Containerize.Imaging.BuildKit;

/// <summary>Reads an HTTP/1.1 chunked response body.</summary>
internal sealed class ChunkedReadStream : Stream
{
    private readonly BufferedConnection _inner;
    private long _left;
    private bool _done;

    public ChunkedReadStream(BufferedConnection inner)
    {
        _inner = inner;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        if (_done)
        {
            return 0;
        }

        if (_left == 0)
        {
            var size = await _inner.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            if (size is { Length: 0 })
            {
                // The CRLF that ends the previous chunk.
                size = await _inner.ReadLineAsync(cancellationToken).ConfigureAwait(false);
            }

            var semicolon = size?.IndexOf(';') ?? -1;
            if (size is null || !long.TryParse(semicolon >= 0 ? size.Substring(0, semicolon) : size, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out _left))
            {
                throw new IOException("The engine's response ended inside a chunk.");
            }

            if (_left == 0)
            {
                _done = true;
                return 0;
            }
        }

        var n = await _inner.ReadAsync(buffer, offset, (int)Math.Min(count, _left), cancellationToken).ConfigureAwait(false);
        if (n == 0)
        {
            throw new IOException("The connection to the engine closed inside a chunk.");
        }

        _left -= n;
        return n;
    }

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
