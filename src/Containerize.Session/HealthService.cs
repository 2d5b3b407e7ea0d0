using Containerize.Session.Proto.Health;
using Grpc.Core;

namespace Containerize.Session;

/// <summary>The engine checks a session's health while the build runs; this one serves for as long as it lives.</summary>
internal sealed class HealthService : Health.HealthBase
{
    public override Task<HealthCheckResponse> Check(HealthCheckRequest request, ServerCallContext context) =>
        Task.FromResult(new HealthCheckResponse { Status = HealthCheckResponse.Types.ServingStatus.Serving });
}
