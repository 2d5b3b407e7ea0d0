namespace Containerize.Imaging.BuildKit;

/// <summary>Reads a response body of a known Content-Length.</summary>
internal sealed class LimitedReadStream : Stream
{
    private readonly Stream _inner;
    private long _left;

    public LimitedReadStream(Stream inner, long length)
    {
        _inner = inner;
        _left = length;
    }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
    {
        if (_left <= 0)
        {
            return 0;
        }

        var n = await _inner.ReadAsync(buffer, offset, (int)Math.Min(count, _left), cancellationToken).ConfigureAwait(false);
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
