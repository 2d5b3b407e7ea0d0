using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace Containerize.Imaging.BuildKit;

/// <summary>
/// HTTP/1.1 to the engine on its own connection, for what the Docker.DotNet client does not do: a BuildKit build
/// (version=2, session, buildid, the aux trace stream) whose request body streams while the response streams, and the
/// <c>POST /session</c> upgrade that hands the connection over to HTTP/2. unix:// and plain tcp:// endpoints.
/// </summary>
internal static class EngineHttp
{
    public const string ApiVersion = "v1.41";

    public static bool Supports(EngineEndpoint endpoint) =>
        endpoint.Uri.Scheme is "unix" or "tcp" or "http" or "https";

    public static async Task<Stream> ConnectAsync(EngineEndpoint endpoint, CancellationToken cancellationToken)
    {
        Socket socket;
        if (endpoint.Uri.Scheme == "unix")
        {
            socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            var path = endpoint.Uri.LocalPath;
            await Task.Factory.FromAsync(socket.BeginConnect, socket.EndConnect, new UnixSocketEndPoint(path), null).ConfigureAwait(false);
        }
        else
        {
            socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await Task.Factory.FromAsync(socket.BeginConnect, socket.EndConnect, endpoint.Uri.Host, endpoint.Uri.Port, null).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var network = new NetworkStream(socket, ownsSocket: true);
        if (endpoint.Uri.Scheme == "unix" || !TlsRequested() && endpoint.Uri.Scheme != "https")
        {
            return network;
        }

        // Mutual TLS as the docker CLI does it: ca.pem, cert.pem, key.pem from DOCKER_CERT_PATH (or ~/.docker).
        var certPath = Environment.GetEnvironmentVariable("DOCKER_CERT_PATH");
        var verify = Environment.GetEnvironmentVariable("DOCKER_TLS_VERIFY") is { Length: > 0 } v && v != "0";
        var directory = string.IsNullOrEmpty(certPath) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker") : certPath!;
        var client = Docker.DotNet.X509.DockerTlsCertificates.LoadCertificateFromPemFiles(Path.Combine(directory, "cert.pem"), Path.Combine(directory, "key.pem"));
        var ca = Path.Combine(directory, "ca.pem");
        var validate = verify && File.Exists(ca)
            ? Docker.DotNet.X509.DockerTlsCertificates.CreateCertificateAuthorityValidationCallback(Docker.DotNet.X509.DockerTlsCertificates.LoadCertificateAuthorityFromPemFile(ca))
            : (_, _, _, _) => true;
        var tls = new System.Net.Security.SslStream(network, false, validate);
        await tls.AuthenticateAsClientAsync(endpoint.Uri.Host, new System.Security.Cryptography.X509Certificates.X509CertificateCollection { client }, System.Security.Authentication.SslProtocols.None, false).ConfigureAwait(false);
        return tls;
    }

    /// <summary>Sends a request; a body writer runs alongside the response (see <see cref="EngineResponse.BodySent"/>).</summary>
    public static async Task<EngineResponse> SendAsync(EngineEndpoint endpoint, string method, string pathAndQuery, IEnumerable<KeyValuePair<string, string>>? headers, Func<Stream, CancellationToken, Task>? body, CancellationToken cancellationToken)
    {
        var connection = await ConnectAsync(endpoint, cancellationToken).ConfigureAwait(false);
        try
        {
            var head = new StringBuilder();
            head.Append(method).Append(' ').Append(pathAndQuery.StartsWith("/_ping", StringComparison.Ordinal) ? pathAndQuery : "/" + ApiVersion + pathAndQuery).Append(" HTTP/1.1\r\n");
            head.Append("Host: docker\r\n");
            foreach (var header in headers ?? Array.Empty<KeyValuePair<string, string>>())
            {
                head.Append(header.Key).Append(": ").Append(header.Value).Append("\r\n");
            }

            if (body is not null)
            {
                head.Append("Transfer-Encoding: chunked\r\n");
            }

            head.Append("\r\n");
            var bytes = Encoding.ASCII.GetBytes(head.ToString());
            await connection.WriteAsync(bytes, 0, bytes.Length, cancellationToken).ConfigureAwait(false);
            Task bodySent = Task.CompletedTask;
            if (body is not null)
            {
                bodySent = Task.Run(async () =>
                {
                    using var chunked = new ChunkedWriteStream(connection);
                    await body(chunked, cancellationToken).ConfigureAwait(false);
                    await chunked.FinishAsync(cancellationToken).ConfigureAwait(false);
                }, cancellationToken);
            }

            var reader = new BufferedConnection(connection);
            var status = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) ?? throw new IOException("The engine closed the connection before answering.");
            var parts = status.Split(' ');
            var code = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var c) ? c : 0;
            var responseHeaders = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            for (var line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false); !string.IsNullOrEmpty(line); line = await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false))
            {
                var colon = line!.IndexOf(':');
                if (colon > 0)
                {
                    responseHeaders[line.Substring(0, colon).Trim()] = line.Substring(colon + 1).Trim();
                }
            }

            return new EngineResponse(code, responseHeaders, reader, bodySent);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static bool TlsRequested() =>
        Environment.GetEnvironmentVariable("DOCKER_TLS_VERIFY") is { Length: > 0 } v && v != "0"
        || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DOCKER_CERT_PATH"));
}
