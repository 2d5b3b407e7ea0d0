using System.Collections.Immutable;
using Containerize.Dockerfiles;
using Containerize.Linting;
using Microsoft.CodeAnalysis;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace Containerize.Analyzers;

/// <summary>Roslyn descriptors made from the one catalog of rules (and of syntax diagnostics).</summary>
internal static class Descriptors
{
    public static readonly ImmutableDictionary<string, DiagnosticDescriptor> ById = Build();

    public static readonly ImmutableArray<DiagnosticDescriptor> All = ById.Values.OrderBy(d => d.Id, StringComparer.Ordinal).ToImmutableArray();

    private static ImmutableDictionary<string, DiagnosticDescriptor> Build()
    {
        var builder = ImmutableDictionary.CreateBuilder<string, DiagnosticDescriptor>(StringComparer.Ordinal);
        foreach (var rule in RuleCatalog.Descriptors)
        {
            builder[rule.Id] = new DiagnosticDescriptor(
                rule.Id,
                rule.Title,
                "{0}",
                "Containerize." + rule.Category,
                Map(rule.DefaultSeverity),
                isEnabledByDefault: true,
                description: rule.Description,
                helpLinkUri: rule.HelpLink,
                customTags: "Dockerfile");
        }

        foreach (var syntax in SyntaxDiagnostics.Titles)
        {
            // Syntax problems are warnings in the build: docker build reports them too, compiling must go on.
            builder[syntax.Key] = new DiagnosticDescriptor(syntax.Key, syntax.Value, "{0}", "Containerize.Syntax", RoslynSeverity.Warning, isEnabledByDefault: true, customTags: "Dockerfile");
        }

        return builder.ToImmutable();
    }

    private static RoslynSeverity Map(Dockerfiles.DiagnosticSeverity severity) => severity switch
    {
        Dockerfiles.DiagnosticSeverity.Error => RoslynSeverity.Error,
        Dockerfiles.DiagnosticSeverity.Warning => RoslynSeverity.Warning,
        _ => RoslynSeverity.Info,
    };
}
