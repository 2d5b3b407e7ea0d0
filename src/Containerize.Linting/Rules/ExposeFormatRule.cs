using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1320: EXPOSE with an IP address or a host port ('127.0.0.1:80:80', '8080:80'): BuildKit's ExposeInvalidFormat.</summary>
public sealed class ExposeFormatRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.ExposeFormat,
        "EXPOSE records which ports the container listens on. Host addresses and host ports belong to 'docker run -p' or compose; in EXPOSE they are dropped with a warning today and refused in a future BuildKit.");

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
                var value = port.Value;
                var colon = value.LastIndexOf(':');
                if (colon < 0 || value.IndexOf('$') >= 0)
                {
                    continue;
                }

                var what = value.IndexOf(':') != colon || value.Substring(0, colon).IndexOf('.') >= 0 ? "a host address" : "a host port";
                context.Raise(Rule, port.Span, value, what, value.Substring(colon + 1));
            }
        }
    }
}
