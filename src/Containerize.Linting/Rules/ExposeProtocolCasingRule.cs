using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1505: an EXPOSE protocol that is not lowercase ('80/TCP'; BuildKit's ExposeProtoCasing).</summary>
public sealed class ExposeProtocolCasingRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.ExposeProtocolCasing,
        "Protocols are written 'tcp' and 'udp' everywhere else (docker run -p, compose, the image config); one spelling keeps them comparable.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        foreach (var instruction in context.Dockerfile.Instructions)
        {
            if (instruction is not ExposeInstruction expose)
            {
                continue;
            }

            foreach (var port in expose.Ports)
            {
                var slash = port.Value.LastIndexOf('/');
                if (slash < 0 || port.Value.IndexOf('$') >= 0)
                {
                    continue;
                }

                var protocol = port.Value.Substring(slash + 1);
                if (!string.Equals(protocol, protocol.ToLowerInvariant(), StringComparison.Ordinal))
                {
                    context.Raise(Rule, port.Span, port.Value, port.Value.Substring(0, slash + 1) + protocol.ToLowerInvariant());
                }
            }
        }
    }
}
