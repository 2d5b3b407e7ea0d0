using System.Globalization;
using System.Text;

namespace Containerize.Imaging.BuildKit;

/// <summary>Writes a request body in HTTP/1.1 chunks (the context's length is not known before it is streamed).</summary>
internal sealed class ChunkedWriteStream : Stream
{
    private static readonly byte[] Crlf = { (byte)'\r', (byte)'\n' };
    private readonly Stream _inner;

    public ChunkedWriteStream(Stream inner)
    {
        _inner = inner;
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        if (count == 0)
        {
            return;
        }

        var size = Encoding.ASCII.GetBytes(count.ToString("x", CultureInfo.InvariantCulture) + "\r\n");
        await _inner.WriteAsync(size, 0, size.Length, cancellationToken).ConfigureAwait(false);
        await _inner.WriteAsync(buffer, offset, count, cancellationToken).ConfigureAwait(false);
        await _inner.WriteAsync(Crlf, 0, Crlf.Length, cancellationToken).ConfigureAwait(false);
    }

    public override void Write(byte[] buffer, int offset, int count) => WriteAsync(buffer, offset, count, CancellationToken.None).GetAwaiter().GetResult();

    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        var last = Encoding.ASCII.GetBytes("0\r\n\r\n");
        await _inner.WriteAsync(last, 0, last.Length, cancellationToken).ConfigureAwait(false);
        await _inner.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
