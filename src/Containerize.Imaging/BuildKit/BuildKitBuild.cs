using System.Text;
using System.Text.Json;
using Containerize.Imaging.BuildKit.Proto;

namespace Containerize.Imaging.BuildKit;

/// <summary>
/// One <c>POST /build?version=2</c>: the context tar streamed as the request body (the engine's BuildKit reads it as
/// its "remote build context"), the response's JSON lines read as they come: <c>moby.buildkit.trace</c> aux messages
/// (base64 protobuf StatusResponse) to <see cref="BuildKitProgress"/>, <c>moby.image.id</c> for the result, and the
/// final error. Cancelling calls <c>POST /build/cancel</c> with the build's id and closes the connection, so the engine
/// stops the solve and applies no tag.
/// </summary>
internal static class BuildKitBuild
{
    public static async Task<(string? ImageId, string? Error)> RunAsync(
        EngineEndpoint endpoint, BuildRequest request, string dockerfileName, Stream context, string? sessionId, BuildKitProgress progress, IBuildLog log, CancellationToken cancellationToken)
    {
        var buildId = "containerize-" + Guid.NewGuid().ToString("N");
        var query = new StringBuilder("/build?version=2&rm=1&forcerm=1");
        Add(query, "dockerfile", dockerfileName);
        Add(query, "buildid", buildId);
        foreach (var tag in request.Tags)
        {
            Add(query, "t", tag);
        }

        if (request.BuildArgs.Count > 0)
        {
            Add(query, "buildargs", JsonSerializer.Serialize(request.BuildArgs));
        }

        Add(query, "target", request.Target);
        Add(query, "networkmode", request.Network);
        Add(query, "session", sessionId);
        if (request.NoCache)
        {
            query.Append("&nocache=1");
        }

        var headers = new Dictionary<string, string> { ["Content-Type"] = "application/x-tar" };
        using var response = await EngineHttp.SendAsync(endpoint, "POST", query.ToString(), headers, (body, ct) => context.CopyToAsync(body, 81920, ct), cancellationToken).ConfigureAwait(false);
        if (response.Status != 200)
        {
            var text = await response.ReadBodyAsync(cancellationToken).ConfigureAwait(false);
            return (null, MessageOf(text));
        }

        string? imageId = null;
        string? error = null;
        var cancelled = false;
        using (cancellationToken.Register(() =>
        {
            cancelled = true;
            response.Dispose();
        }))
        {
            try
            {
                using var reader = new StreamReader(response.Body, Encoding.UTF8);
                for (var line = await reader.ReadLineAsync().ConfigureAwait(false); line is not null; line = await reader.ReadLineAsync().ConfigureAwait(false))
                {
                    if (line.Length == 0)
                    {
                        continue;
                    }

                    using var json = JsonDocument.Parse(line);
                    var root = json.RootElement;
                    var id = root.TryGetProperty("id", out var idElement) ? idElement.GetString() : null;
                    if (id == "moby.buildkit.trace" && root.TryGetProperty("aux", out var trace) && trace.ValueKind == JsonValueKind.String)
                    {
                        progress.Report(StatusResponse.Parser.ParseFrom(Convert.FromBase64String(trace.GetString()!)));
                    }
                    else if (id == "moby.image.id" && root.TryGetProperty("aux", out var aux) && aux.TryGetProperty("ID", out var image))
                    {
                        imageId = image.GetString();
                    }
                    else if (root.TryGetProperty("error", out var e) && e.GetString() is { Length: > 0 } message)
                    {
                        error = message;
                    }
                    else if (root.TryGetProperty("stream", out var stream) && stream.GetString() is { } s)
                    {
                        foreach (var part in s.Split('\n').Where(p => p.Trim().Length > 0))
                        {
                            log.Detail("  " + part.TrimEnd());
                        }
                    }
                }
            }
            catch (Exception ex) when (cancelled && ex is IOException or ObjectDisposedException or System.Net.Sockets.SocketException)
            {
            }
        }

        if (cancelled || cancellationToken.IsCancellationRequested)
        {
            await CancelAsync(endpoint, buildId).ConfigureAwait(false);
            throw new OperationCanceledException(cancellationToken);
        }

        return (imageId, error);
    }

    /// <summary>Asks the engine to stop the build (the closed connection alone also ends it; this makes it prompt).</summary>
    private static async Task CancelAsync(EngineEndpoint endpoint, string buildId)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            using var response = await EngineHttp.SendAsync(endpoint, "POST", "/build/cancel?id=" + Uri.EscapeDataString(buildId), null, null, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or System.Net.Sockets.SocketException)
        {
            // The engine is gone: nothing left to stop.
        }
    }

    private static string MessageOf(string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            return json.RootElement.TryGetProperty("message", out var m) ? m.GetString() ?? body : body;
        }
        catch (JsonException)
        {
            return body.Trim();
        }
    }

    private static void Add(StringBuilder query, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            query.Append('&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
        }
    }
}
