using System.Globalization;
using System.Text;

namespace Containerize.Imaging.BuildKit;

/// <summary>The engine's answer on a connection of <see cref="EngineHttp"/>; disposing closes the connection.</summary>
internal sealed class EngineResponse : IDisposable
{
    private readonly BufferedConnection _connection;

    public EngineResponse(int status, IReadOnlyDictionary<string, string> headers, BufferedConnection connection, Task bodySent)
    {
        Status = status;
        Headers = headers;
        _connection = connection;
        BodySent = bodySent;
    }

    public int Status { get; }

    public IReadOnlyDictionary<string, string> Headers { get; }

    /// <summary>The request body's writer; faults when the context could not be sent.</summary>
    public Task BodySent { get; }

    /// <summary>After a 101 upgrade: the connection itself (bytes already read are returned first).</summary>
    public Stream Upgraded => _connection;

    /// <summary>The response body: de-chunked, or cut at Content-Length, or to the end of the connection.</summary>
    public Stream Body => Headers.TryGetValue("Transfer-Encoding", out var te) && te.IndexOf("chunked", StringComparison.OrdinalIgnoreCase) >= 0
        ? new ChunkedReadStream(_connection)
        : Headers.TryGetValue("Content-Length", out var length) && long.TryParse(length, NumberStyles.None, CultureInfo.InvariantCulture, out var n)
            ? new LimitedReadStream(_connection, n)
            : _connection;

    public async Task<string> ReadBodyAsync(CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await Body.CopyToAsync(buffer, 81920, cancellationToken).ConfigureAwait(false);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public void Dispose() => _connection.Dispose();
}
