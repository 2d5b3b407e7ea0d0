using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>CTZ1405: EXPOSE disagrees with the ports the app listens on (ContainerPort items, ASPNETCORE_HTTP_PORTS/URLS).</summary>
public sealed class ExposeMismatchRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.ExposeMismatch,
        "EXPOSE documents the port and drives -P and orchestrators; if it differs from where Kestrel listens, the service is published on a port nobody answers.");

    /// <summary>The HTTP ports of the images and templates; other ports an app configures itself (Kestrel endpoints, MQTT, silos…).</summary>
    private static readonly string[] TemplatePorts = { "80", "443", "8080", "8081", "5000", "5001" };

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        var final = context.FinalStage;
        if (final?.From is null || !context.Project.IsKnown || !(context.Project.IsWeb || context.Project.Ports.Count > 0))
        {
            return;
        }

        // EXPOSE is inherited: the Visual Studio template writes it in a 'base' stage that 'final' is built FROM.
        var exposes = new List<ExposeInstruction>();
        foreach (var stage in final.SelfAndAncestors())
        {
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is ExposeInstruction expose)
                {
                    exposes.Add(expose);
                }
            }
        }

        if (exposes.Count == 0 || Listening(context, final) is not { } listening)
        {
            return;
        }

        var exposed = new List<string>();
        foreach (var expose in exposes)
        {
            foreach (var port in expose.Ports)
            {
                exposed.Add(NumberOf(port.Value));
            }
        }

        foreach (var number in exposed)
        {
            if (!number.Contains('$') && Array.IndexOf(TemplatePorts, number) < 0)
            {
                // The app listens on ports of its own choosing (appsettings endpoints, other protocols): what EXPOSE should say is not knowable here.
                return;
            }
        }

        var mismatched = false;
        foreach (var expose in exposes)
        {
            foreach (var port in expose.Ports)
            {
                var number = NumberOf(port.Value);
                if (number.Contains('$') || listening.Ports.Contains(number))
                {
                    continue;
                }

                if (number is "443" or "8081" or "5001")
                {
                    if (!listening.Explicit)
                    {
                        context.Report(Rule, port.Span, $"EXPOSE {port.Value}: nothing listens there unless an HTTPS endpoint and a certificate are configured (the app listens on {string.Join(", ", listening.Ports)}, {listening.Source}). Drop it, or configure HTTPS.");
                    }

                    continue;
                }

                mismatched = true;
                context.Report(Rule, port.Span, $"EXPOSE {port.Value}, but the app listens on {string.Join(", ", listening.Ports)} ({listening.Source}). Expose the port the app listens on, or change where it listens.");
            }
        }

        if (mismatched || !listening.Explicit)
        {
            return;
        }

        foreach (var missing in listening.Ports)
        {
            if (!exposed.Contains(missing))
            {
                context.Report(Rule, exposes[0].KeywordSpan, $"The app listens on {missing} ({listening.Source}) but no EXPOSE names it. Add 'EXPOSE {missing}'.");
            }
        }
    }

    private static ListeningPorts? Listening(LintContext context, StageView final)
    {
        foreach (var stage in final.SelfAndAncestors())
        {
            KeyValueSyntax? urls = null;
            KeyValueSyntax? http = null;
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is EnvInstruction env)
                {
                    foreach (var pair in env.Pairs)
                    {
                        if (pair.Key == "ASPNETCORE_URLS")
                        {
                            urls = pair;
                        }
                        else if (pair.Key == "ASPNETCORE_HTTP_PORTS")
                        {
                            http = pair;
                        }
                    }
                }
            }

            if (urls is not null)
            {
                var ports = new List<string>();
                foreach (var url in urls.Value.Split(';'))
                {
                    if (UrlPort(url.Trim()) is { } port && !ports.Contains(port))
                    {
                        ports.Add(port);
                    }
                }

                return ports.Count > 0 ? new ListeningPorts(ports, "ASPNETCORE_URLS=" + urls.Value, true) : null;
            }

            if (http is not null)
            {
                return new ListeningPorts(Distinct(http.Value.Split(';', ',')), "ASPNETCORE_HTTP_PORTS=" + http.Value, true);
            }
        }

        if (context.Project.Ports.Count > 0)
        {
            var ports = new List<string>();
            foreach (var port in context.Project.Ports)
            {
                ports.Add(NumberOf(port));
            }

            return new ListeningPorts(Distinct(ports), "the project's ContainerPort items", true);
        }

        // The aspnet images listen on 8080 from .NET 8 on (ASPNETCORE_HTTP_PORTS), on 80 before (ASPNETCORE_URLS).
        if (context.Project.IsWeb && final.RootImage is { DotnetFlavor: "aspnet", DotnetVersionNumber: { } version })
        {
            return version >= 8
                ? new ListeningPorts(new List<string> { "8080" }, "the .NET 8+ aspnet image default", false)
                : new ListeningPorts(new List<string> { "80" }, $"the .NET {final.RootImage.DotnetVersion} aspnet image default", false);
        }

        return null;
    }

    /// <summary>The port of <c>http://+:8080</c> or <c>http://*:5000/</c>: the digits after the last colon.</summary>
    internal static string? UrlPort(string url)
    {
        var end = url.EndsWith("/", StringComparison.Ordinal) ? url.Length - 1 : url.Length;
        var start = end;
        while (start > 0 && url[start - 1] >= '0' && url[start - 1] <= '9')
        {
            start--;
        }

        return start < end && start > 0 && url[start - 1] == ':' ? url.Substring(start, end - start) : null;
    }

    private static string NumberOf(string port)
    {
        var slash = port.IndexOf('/');
        return slash < 0 ? port : port.Substring(0, slash);
    }

    private static List<string> Distinct(IEnumerable<string> items)
    {
        var distinct = new List<string>();
        foreach (var item in items)
        {
            var trimmed = item.Trim();
            if (trimmed.Length > 0 && !distinct.Contains(trimmed))
            {
                distinct.Add(trimmed);
            }
        }

        return distinct;
    }

    private sealed class ListeningPorts
    {
        public ListeningPorts(List<string> ports, string source, bool isExplicit)
        {
            Ports = ports;
            Source = source;
            Explicit = isExplicit;
        }

        /// <summary>Set by the Dockerfile or the project (not the image's default).</summary>
        public bool Explicit { get; }

        public List<string> Ports { get; }

        public string Source { get; }
    }
}
