using System.Collections.Immutable;
using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

// usage: Containerize.AnalyzerCold ANALYZER_DIR DOCKERFILE [MANIFEST] [Name=Value ...] [--baseline]
// Prints the analyzer's execution time as Roslyn measures it (the number -p:ReportAnalyzer=true reports).
// --baseline stops after the warm-up: diff DOTNET_JitStdOutFile output of both runs to see what only our analyzer JITs.
var baseline = args.Contains("--baseline");
args = args.Where(a => a != "--baseline").ToArray();
var directory = Path.GetFullPath(args[0]);
var dockerfile = Path.GetFullPath(args[1]);
var rest = args.Skip(2).ToList();
var manifest = rest.Count > 0 && !rest[0].Contains('=') ? Path.GetFullPath(rest[0]) : null;
var properties = rest.Where(a => a.Contains('=')).Select(a => a.Split('=', 2)).ToDictionary(p => "build_property." + p[0], p => p[1]);

var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
    .Where(p => Path.GetFileName(p) is "System.Runtime.dll" or "System.Private.CoreLib.dll" or "System.Console.dll")
    .Select(p => MetadataReference.CreateFromFile(p)).ToArray();
var compilation = CSharpCompilation.Create("App",
    new[] { CSharpSyntaxTree.ParseText("class Program { static void Main() => System.Console.WriteLine(1); }", path: Path.Combine(Path.GetDirectoryName(dockerfile)!, "Program.cs")) },
    references, new CSharpCompilationOptions(OutputKind.ConsoleApplication));
var files = new List<AdditionalText> { new FileText(dockerfile) };
if (manifest is not null)
{
    files.Add(new FileText(manifest));
}

var options = new AnalyzerOptions(files.ToImmutableArray(), new Options(properties));

// Warm the driver with an analyzer of the same shape, so only our analyzer's own cost is left to measure.
Run(new WarmUp());
if (baseline)
{
    return;
}

var context = new AssemblyLoadContext("analyzers", isCollectible: false);
context.Resolving += (ctx, name) => File.Exists(Path.Combine(directory, name.Name + ".dll")) ? ctx.LoadFromAssemblyPath(Path.Combine(directory, name.Name + ".dll")) : null;
var assembly = context.LoadFromAssemblyPath(Path.Combine(directory, "Containerize.Analyzers.dll"));
var analyzer = (DiagnosticAnalyzer)Activator.CreateInstance(assembly.GetType("Containerize.Analyzers.DockerfileAnalyzer")!)!;
var (time, diagnostics) = Run(analyzer);
Console.WriteLine($"analyzer execution time {time.TotalMilliseconds:F1} ms, {diagnostics} diagnostics");

(TimeSpan Time, int Diagnostics) Run(DiagnosticAnalyzer analyzer)
{
    var withAnalyzers = compilation.WithAnalyzers(ImmutableArray.Create(analyzer), new CompilationWithAnalyzersOptions(options, onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true));
    var found = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
    var telemetry = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult();
    return (telemetry.ExecutionTime, found.Length);
}

internal sealed class FileText(string path) : AdditionalText
{
    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(File.ReadAllText(Path));
}

internal sealed class Options(Dictionary<string, string> global) : AnalyzerConfigOptionsProvider
{
    public override AnalyzerConfigOptions GlobalOptions { get; } = new Values(global);

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Values.Empty;

    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Values.Empty;

    private sealed class Values(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly Values Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}

[DiagnosticAnalyzer(LanguageNames.CSharp)]
internal sealed class WarmUp : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Rule = new("WARM001", "warm-up", "{0}", "Warm", DiagnosticSeverity.Warning, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Rule);

    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start => start.RegisterAdditionalFileAction(file =>
        {
            var text = file.AdditionalFile.GetText(file.CancellationToken)!;
            var span = new Microsoft.CodeAnalysis.Text.TextSpan(0, Math.Min(1, text.Length));
            file.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(file.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span)), "x"));
        }));
    }
}
