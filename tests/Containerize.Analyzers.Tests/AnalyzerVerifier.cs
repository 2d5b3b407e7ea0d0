using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Containerize.Analyzers.Tests;

/// <summary>Runs the real analyzer in a real compilation with a Dockerfile as an AdditionalFile; spans are marked in the text.</summary>
internal static class AnalyzerVerifier
{
    public static Task VerifyAsync(string dockerfileMarkup, IDictionary<string, string>? properties = null, string? manifest = null, string? editorconfig = null, string fileName = "Dockerfile", params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<DockerfileAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies.Net.Net80,
        };
        test.TestState.Sources.Add("internal static class Program { private static void Main() { } }");
        test.TestState.AdditionalFiles.Add(("/project/" + fileName, dockerfileMarkup));
        if (manifest is not null)
        {
            test.TestState.AdditionalFiles.Add(("/project/obj/app" + Containerize.Dockerfiles.ContextManifest.FileSuffix, manifest));
        }

        var global = "is_global = true\n" + string.Concat((properties ?? new Dictionary<string, string>()).Select(p => $"build_property.{p.Key} = {p.Value}\n"));
        test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", global));
        if (editorconfig is not null)
        {
            test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", editorconfig));
        }

        test.ExpectedDiagnostics.AddRange(expected);
        return test.RunAsync();
    }
}
