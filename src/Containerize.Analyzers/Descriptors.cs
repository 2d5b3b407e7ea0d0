using System.Collections.Immutable;
using Containerize.Diagnostics;
using Containerize.Dockerfiles;
using Containerize.Linting;
using Microsoft.CodeAnalysis;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace Containerize.Analyzers;

/// <summary>Roslyn descriptors made from the one diagnostics catalog: its syntax codes (0xxx) and its rules (1xxx), with their message formats.</summary>
internal static class Descriptors
{
    /// <summary>Syntax diagnostics first, then the rules, in catalog (ID) order.</summary>
    public static readonly ImmutableArray<DiagnosticDescriptor> All = Build();

    public static readonly Dictionary<string, DiagnosticDescriptor> ById = Index(All);

    private static ImmutableArray<DiagnosticDescriptor> Build()
    {
        var all = DiagnosticCatalog.All;
        var builder = ImmutableArray.CreateBuilder<DiagnosticDescriptor>(all.Count);
        foreach (var entry in all)
        {
            if (entry.Area == DiagnosticArea.Syntax)
            {
                // Syntax problems are warnings in the build: docker build reports them too, compiling must go on.
                builder.Add(new DiagnosticDescriptor(entry.Id, entry.Title, entry.MessageFormat, "Containerize.Syntax", RoslynSeverity.Warning, isEnabledByDefault: true, helpLinkUri: entry.HelpLink, customTags: "Dockerfile"));
            }
            else if (entry.Area == DiagnosticArea.Rule && RuleCatalog.Find(entry.Id) is { } rule)
            {
                builder.Add(new DiagnosticDescriptor(
                    entry.Id,
                    entry.Title,
                    entry.MessageFormat,
                    rule.CategoryName,
                    Map(entry.DefaultSeverity),
                    isEnabledByDefault: true,
                    description: rule.Description,
                    helpLinkUri: entry.HelpLink,
                    customTags: "Dockerfile"));
            }
        }

        return builder.ToImmutable();
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
