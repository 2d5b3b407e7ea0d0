using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Containerize.EndToEnd.Tests;

/// <summary>
/// One unary gRPC call (greet.Greeter/SayHello of samples/monorepo/src/Protos/greet.proto) over HTTP/2 without TLS,
/// framed by hand: a length-prefixed protobuf message whose field 1 is a string, in both directions.
/// </summary>
internal static class GrpcCall
{
    public static string SayHello(int port, string name)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"http://127.0.0.1:{port}/greet.Greeter/SayHello")
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(Frame(StringField(name))),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("TE", "trailers");
        using var response = http.SendAsync(request).GetAwaiter().GetResult();
        var body = response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.AreEqual(new Version(2, 0), response.Version, "the call must go over HTTP/2");
        var status = response.TrailingHeaders.TryGetValues("grpc-status", out var values) ? values.Single()
            : response.Headers.TryGetValues("grpc-status", out var inHeaders) ? inHeaders.Single() : "missing";
        Assert.AreEqual("0", status, "grpc-status (message: " + string.Join(" ", response.TrailingHeaders.TryGetValues("grpc-message", out var m) ? m : Array.Empty<string>()) + ")");
        Assert.IsGreaterThanOrEqualTo(5, body.Length, "no gRPC message in the response");
        var length = BinaryPrimitives.ReadInt32BigEndian(body.AsSpan(1, 4));
        return ReadStringField(body.AsSpan(5, length));
    }

    private static byte[] Frame(byte[] message)
    {
        var frame = new byte[5 + message.Length];
        BinaryPrimitives.WriteInt32BigEndian(frame.AsSpan(1, 4), message.Length);
        message.CopyTo(frame, 5);
        return frame;
    }

    /// <summary>Field 1, wire type 2 (length-delimited): tag 0x0A, varint length, UTF-8 bytes.</summary>
    private static byte[] StringField(string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        var message = new List<byte> { 0x0A };
        for (var n = (uint)bytes.Length; ; n >>= 7)
        {
            if (n < 0x80)
            {
                message.Add((byte)n);
                break;
            }

            message.Add((byte)((n & 0x7F) | 0x80));
        }

        message.AddRange(bytes);
        return message.ToArray();
    }

    private static string ReadStringField(ReadOnlySpan<byte> message)
    {
        Assert.IsGreaterThan(0, message.Length, "an empty reply message");
        Assert.AreEqual(0x0A, message[0], "field 1 (string) expected first in the reply");
        var length = 0;
        var shift = 0;
        var i = 1;
        while (true)
        {
            var b = message[i++];
            length |= (b & 0x7F) << shift;
            if (b < 0x80)
            {
                break;
            }

            shift += 7;
        }

        return Encoding.UTF8.GetString(message.Slice(i, length));
    }
}
