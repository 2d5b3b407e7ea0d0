using Grpc.Core;
using Monorepo.Core;
using Monorepo.Greeter;
using Monorepo.Shared;

namespace Monorepo.Service;

public sealed class GreeterService(GreetingComposer composer, ILogger<GreeterService> logger) : Greeter.Greeter.GreeterBase
{
    public override Task<HelloReply> SayHello(HelloRequest request, ServerCallContext context)
    {
        logger.LogInformation("SayHello for {Name}", request.Name);
        var message = $"{composer.Compose(request.Name)} (service {BuildInfo.Version}, core {GreetingComposer.CoreVersion})";
        return Task.FromResult(new HelloReply { Message = message });
    }
}
