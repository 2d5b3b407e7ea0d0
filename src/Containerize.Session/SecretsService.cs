using Containerize.Session.Proto.Secrets;
using Google.Protobuf;
using Grpc.Core;

namespace Containerize.Session;

/// <summary>Answers the engine's GetSecret with the build's secrets; an unknown id is NotFound, as BuildKit expects.</summary>
internal sealed class SecretsService : Secrets.SecretsBase
{
    private readonly SessionHostOptions _options;

    public SecretsService(SessionHostOptions options)
    {
        _options = options;
    }

    public override Task<GetSecretResponse> GetSecret(GetSecretRequest request, ServerCallContext context)
    {
        if (!_options.Secrets.TryGetValue(request.ID, out var value))
        {
            throw new RpcException(new Status(StatusCode.NotFound, $"secret {request.ID} not found"));
        }

        return Task.FromResult(new GetSecretResponse { Data = ByteString.CopyFrom(Convert.FromBase64String(value)) });
    }
}
