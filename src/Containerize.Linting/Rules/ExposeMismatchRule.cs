using System.Text.RegularExpressions;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1405: EXPOSE disagrees with the ports the app listens on (ContainerPort items, ASPNETCORE_HTTP_PORTS/URLS).</summary>
public sealed class ExposeMismatchRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        RuleIds.ExposeMismatch,
        "EXPOSE does not match the port the app listens on",
        RuleCategory.ProjectCrossCheck,
        DiagnosticSeverity.Warning,
        "EXPOSE documents the port and drives -P and orchestrators; if it differs from where Kestrel listens, the service is published on a port nobody answers.");

    private static readonly Regex UrlPort = new(@":(?<port>\d+)/?$", RegexOptions.CultureInvariant);

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        var final = context.FinalStage;
        if (final?.From is null || !context.Project.IsKnown)
        {
            return;
        }

        var exposes = final.Instructions.OfType<ExposeInstruction>().ToList();
        if (exposes.Count == 0)
        {
            return;
        }

        var (listening, source) = ListeningPorts(context, final);
        if (listening is null)
        {
            return;
        }

        var mismatched = false;
        foreach (var expose in exposes)
        {
            foreach (var port in expose.Ports)
            {
                var number = port.Value.Split('/')[0];
                if (!number.Contains('$') && !listening.Contains(number))
                {
                    mismatched = true;
                    context.Report(Rule, port.Span, $"EXPOSE {port.Value}, but the app listens on {string.Join(", ", listening)} ({source}). Expose the port the app listens on, or change where it listens.");
                }
            }
        }

        if (mismatched)
        {
            return;
        }

        var exposed = exposes.SelectMany(e => e.Ports).Select(p => p.Value.Split('/')[0]).ToSet();
        foreach (var missing in listening.Where(p => !exposed.Contains(p)))
        {
            context.Report(Rule, exposes[0].KeywordSpan, $"The app listens on {missing} ({source}) but no EXPOSE names it. Add 'EXPOSE {missing}'.");
        }
    }

    private static (HashSet<string>? Ports, string Source) ListeningPorts(LintContext context, StageView final)
    {
        foreach (var stage in final.SelfAndAncestors())
        {
            var pairs = stage.Instructions.OfType<EnvInstruction>().SelectMany(e => e.Pairs).ToList();
            if (pairs.LastOrDefault(p => p.Key == "ASPNETCORE_URLS") is { } urls)
            {
                var ports = urls.Value.Split(';').Select(u => UrlPort.Match(u.Trim())).Where(m => m.Success).Select(m => m.Groups["port"].Value).ToSet();
                return (ports.Count > 0 ? ports : null, "ASPNETCORE_URLS=" + urls.Value);
            }

            if (pairs.LastOrDefault(p => p.Key == "ASPNETCORE_HTTP_PORTS") is { } http)
            {
                var ports = http.Value.Split(';', ',').Select(p => p.Trim()).Where(p => p.Length > 0).ToSet();
                return (ports, "ASPNETCORE_HTTP_PORTS=" + http.Value);
            }
        }

        if (context.Project.Ports.Count > 0)
        {
            return (context.Project.Ports.Select(p => p.Split('/')[0]).ToSet(), "the project's ContainerPort items");
        }

        if (context.Project.IsWeb && final.RootImage is { DotnetFlavor: "aspnet" })
        {
            return (new HashSet<string> { "8080" }, "the .NET 8+ aspnet image default");
        }

        return (null, string.Empty);
    }
}
