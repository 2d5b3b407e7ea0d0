using Containerize.Imaging;
using Containerize.Session.Proto.Auth;
using Grpc.Core;

namespace Containerize.Session;

/// <summary>Registry credentials for base images, from the docker config as the docker CLI finds them (RegistryAuth).</summary>
internal sealed class AuthService : Auth.AuthBase
{
    private readonly SessionHostOptions _options;

    public AuthService(SessionHostOptions options)
    {
        _options = options;
    }

    public override Task<CredentialsResponse> Credentials(CredentialsRequest request, ServerCallContext context)
    {
        // BuildKit asks with the registry host; Docker Hub's credentials are stored under its index URL.
        var auth = RegistryAuth.For(request.Host, _options.DockerConfig)
            ?? (request.Host is "docker.io" or "registry-1.docker.io" ? RegistryAuth.For("https://index.docker.io/v1/", _options.DockerConfig) : null);
        return Task.FromResult(auth is null
            ? new CredentialsResponse()
            : new CredentialsResponse { Username = auth.Username ?? string.Empty, Secret = auth.Password ?? auth.IdentityToken ?? string.Empty });
    }
}
