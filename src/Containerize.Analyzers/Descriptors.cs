using System.Collections.Immutable;
using Containerize.Dockerfiles;
using Containerize.Linting;
using Microsoft.CodeAnalysis;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace Containerize.Analyzers;

/// <summary>Roslyn descriptors made from the one catalog of rules (and of syntax diagnostics).</summary>
internal static class Descriptors
{
    /// <summary>Syntax diagnostics first, then the rules: both catalogs are in ID order.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> All = Build();

    public static readonly Dictionary<string, DiagnosticDescriptor> ById = Index(All);

    private static ImmutableArray<DiagnosticDescriptor> Build()
    {
        var rules = RuleCatalog.Descriptors;
        var builder = ImmutableArray.CreateBuilder<DiagnosticDescriptor>(SyntaxDiagnostics.Titles.Count + rules.Count);
        foreach (var syntax in SyntaxDiagnostics.Titles)
        {
            // Syntax problems are warnings in the build: docker build reports them too, compiling must go on.
            builder.Add(new DiagnosticDescriptor(syntax.Key, syntax.Value, "{0}", "Containerize.Syntax", RoslynSeverity.Warning, isEnabledByDefault: true, customTags: "Dockerfile"));
        }

        foreach (var rule in rules)
        {
            builder.Add(new DiagnosticDescriptor(
                rule.Id,
                rule.Title,
                "{0}",
                rule.CategoryName,
                Map(rule.DefaultSeverity),
                isEnabledByDefault: true,
                description: rule.Description,
                helpLinkUri: rule.HelpLink,
                customTags: "Dockerfile"));
        }

        return builder.MoveToImmutable();
    }

    private static Dictionary<string, DiagnosticDescriptor> Index(ImmutableArray<DiagnosticDescriptor> all)
    {
        var byId = new Dictionary<string, DiagnosticDescriptor>(all.Length, StringComparer.Ordinal);
        foreach (var descriptor in all)
        {
            byId[descriptor.Id] = descriptor;
        }

        return byId;
    }

    private static RoslynSeverity Map(Dockerfiles.DiagnosticSeverity severity) => severity switch
    {
        Dockerfiles.DiagnosticSeverity.Error => RoslynSeverity.Error,
        Dockerfiles.DiagnosticSeverity.Warning => RoslynSeverity.Warning,
        _ => RoslynSeverity.Info,
    };
}
