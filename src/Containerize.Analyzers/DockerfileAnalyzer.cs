using System.Collections.Immutable;
using Containerize.Dockerfiles;
using Containerize.Linting;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using RoslynSeverity = Microsoft.CodeAnalysis.DiagnosticSeverity;

namespace Containerize.Analyzers;

/// <summary>
/// Lints the project's Dockerfiles (AdditionalFiles named Dockerfile, *.Dockerfile, Dockerfile.*, or marked
/// <c>ContainerizeDockerfile</c>) with the rule engine, cross-checked against the project properties the SDK
/// makes visible, and reports each finding at its exact place in the Dockerfile. No file I/O.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class DockerfileAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The MSBuild properties the SDK passes (CompilerVisibleProperty).</summary>
    internal static readonly string[] ProjectProperties =
    {
        "TargetFramework", "TargetFrameworks", "ContainerizeTargetFramework", "AssemblyName", "OutputType", "UsingMicrosoftNETSdkWeb",
        "SelfContained", "RuntimeIdentifier", "PublishTrimmed", "PublishAot", "InvariantGlobalization", "ContainerizePorts", "ContainerizeIsWeb",
    };

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => Descriptors.All;

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var project = ReadProject(start.Options.AnalyzerConfigOptionsProvider.GlobalOptions);
            var manifest = ReadManifest(start.Options.AdditionalFiles, start.CancellationToken);
            start.RegisterAdditionalFileAction(file => AnalyzeFile(file, project, manifest));
        });
    }

    internal static bool IsDockerfile(string path, AnalyzerConfigOptions fileOptions)
    {
        if (fileOptions.TryGetValue("build_metadata.AdditionalFiles.ContainerizeDockerfile", out var marked) && string.Equals(marked, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return DockerfileNames.IsDockerfile(path);
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context, ProjectFacts project, ContextManifest? manifest)
    {
        var file = context.AdditionalFile;
        if (!IsDockerfile(file.Path, context.Options.AnalyzerConfigOptionsProvider.GetOptions(file)))
        {
            return;
        }

        var text = file.GetText(context.CancellationToken);
        if (text is null)
        {
            return;
        }

        // Severities configured for the C# files nearest the Dockerfile (see Report): found once per file.
        var tree = NearestTree(context.Compilation, file.Path);
        var dockerfile = Dockerfile.Parse(text.ToString());
        foreach (var syntax in Linter.Syntax(dockerfile))
        {
            if (Descriptors.ById.TryGetValue(syntax.Id, out var descriptor))
            {
                Report(context, tree, descriptor, Locate(file.Path, text, syntax.Span), syntax);
            }
        }

        foreach (var finding in Linter.Lint(dockerfile, new LintOptions { Project = project, Manifest = manifest }))
        {
            if (Descriptors.ById.TryGetValue(finding.Id, out var descriptor))
            {
                Report(context, tree, descriptor, Locate(file.Path, text, finding.Span), finding);
            }
        }
    }

    /// <summary>
    /// Applies <c>dotnet_diagnostic.ID.severity</c> from .editorconfig. The compiler applies .editorconfig severities only
    /// to diagnostics in source files (dotnet/roslyn#31916) and keeps those entries out of analyzer options, so the
    /// severity configured for the project's C# files nearest the Dockerfile is used; .globalconfig, NoWarn and
    /// warnings-as-errors the compiler applies itself.
    /// </summary>
    private static void Report(AdditionalFileAnalysisContext context, SyntaxTree? tree, DiagnosticDescriptor descriptor, Location location, DockerfileDiagnostic diagnostic)
    {
        // A rule may lower one finding below its default (docs/rules/README.md); a configured severity wins.
        var severity = diagnostic.Severity == Dockerfiles.DiagnosticSeverity.Info && descriptor.DefaultSeverity > RoslynSeverity.Info ? RoslynSeverity.Info : descriptor.DefaultSeverity;
        var arguments = diagnostic.Arguments;
        var provider = context.Compilation.Options.SyntaxTreeOptionsProvider;
        if (provider is not null && tree is not null && provider.TryGetDiagnosticValue(tree, descriptor.Id, context.CancellationToken, out var configured))
        {
            switch (configured)
            {
                case ReportDiagnostic.Suppress:
                    return;
                case ReportDiagnostic.Error:
                    severity = RoslynSeverity.Error;
                    break;
                case ReportDiagnostic.Warn:
                    severity = RoslynSeverity.Warning;
                    break;
                case ReportDiagnostic.Info:
                    severity = RoslynSeverity.Info;
                    break;
                case ReportDiagnostic.Hidden:
                    severity = RoslynSeverity.Hidden;
                    break;
            }
        }

        // '# check=error=true' in the Dockerfile raises BuildKit's checks to errors, over any configured severity.
        if (diagnostic.Severity == Dockerfiles.DiagnosticSeverity.Error && diagnostic.Definition.DefaultSeverity != Dockerfiles.DiagnosticSeverity.Error)
        {
            severity = RoslynSeverity.Error;
        }

        var messageArguments = new object?[arguments.Count];
        for (var i = 0; i < messageArguments.Length; i++)
        {
            messageArguments[i] = arguments[i];
        }

        context.ReportDiagnostic(Diagnostic.Create(descriptor, location, severity, additionalLocations: null, properties: null, messageArguments));
    }

    private static SyntaxTree? NearestTree(Compilation compilation, string dockerfilePath)
    {
        var directory = System.IO.Path.GetDirectoryName(dockerfilePath) ?? string.Empty;
        SyntaxTree? first = null;
        foreach (var tree in compilation.SyntaxTrees)
        {
            first ??= tree;
            if (!string.IsNullOrEmpty(directory) && tree.FilePath.StartsWith(directory, StringComparison.Ordinal))
            {
                return tree;
            }
        }

        return first;
    }

    private static Location Locate(string path, SourceText text, Dockerfiles.TextSpan span)
    {
        var start = Math.Max(0, Math.Min(span.Start, text.Length));
        var end = Math.Max(start, Math.Min(span.End, text.Length));
        var roslynSpan = Microsoft.CodeAnalysis.Text.TextSpan.FromBounds(start, end);
        return Location.Create(path, roslynSpan, text.Lines.GetLinePositionSpan(roslynSpan));
    }

    private static ProjectFacts ReadProject(AnalyzerConfigOptions global)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in ProjectProperties)
        {
            if (global.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                properties[name] = value;
            }
        }

        return new ProjectFacts(properties);
    }

    private static ContextManifest? ReadManifest(ImmutableArray<AdditionalText> files, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            if (file.Path.EndsWith(ContextManifest.FileSuffix, StringComparison.OrdinalIgnoreCase) && file.GetText(cancellationToken) is { } text)
            {
                return ContextManifest.Parse(text.ToString());
            }
        }

        return null;
    }
}
