using Containerize.Diagnostics;
using System.Text;
using Containerize.Dockerfiles.Parsing;

namespace Containerize.Dockerfiles;

/// <summary>
/// A parsed Dockerfile: instructions with exact positions, comments, parser directives and coded syntax
/// diagnostics. <see cref="Parse(string)"/> never throws, whatever the input.
/// </summary>
public sealed class Dockerfile
{
    private StageGraph? _stages;

    internal Dockerfile(
        LineMap lineMap,
        IReadOnlyList<DockerfileElement> elements,
        IReadOnlyList<Instruction> instructions,
        IReadOnlyList<ParserDirective> directives,
        char escapeToken,
        IReadOnlyList<DockerfileDiagnostic> diagnostics,
        IReadOnlyList<string> buildKitWarnings)
    {
        LineMap = lineMap;
        Elements = elements;
        Instructions = instructions;
        Directives = directives;
        EscapeToken = escapeToken;
        Diagnostics = diagnostics;
        BuildKitWarnings = buildKitWarnings;
    }

    /// <summary>Parses Dockerfile text (LF or CRLF; a leading BOM is ignored).</summary>
    public static Dockerfile Parse(string text)
    {
        try
        {
            return DockerfileParser.Parse(text ?? string.Empty);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // Defence in depth: the parser is written not to throw; if it ever does, the caller still gets a result.
            var lineMap = new LineMap(text ?? string.Empty);
            var diagnostic = new DockerfileDiagnostic(
                DiagnosticCatalog.AnalysisFailed,
                DiagnosticSeverity.Error,
                default,
                lineMap.GetRange(default),
                null,
                "The Dockerfile parser",
                ex.GetType().Name);
            return new Dockerfile(lineMap, Array.Empty<DockerfileElement>(), Array.Empty<Instruction>(), Array.Empty<ParserDirective>(), '\\', new[] { diagnostic }, Array.Empty<string>());
        }
    }

    /// <summary>Parses UTF-8 bytes; invalid sequences become U+FFFD.</summary>
    public static Dockerfile Parse(byte[] utf8) => Parse(Encoding.UTF8.GetString(utf8 ?? Array.Empty<byte>()));

    /// <summary>The source text and its line table.</summary>
    public LineMap LineMap { get; }

    public string Text => LineMap.Text;

    /// <summary>Instructions and comments in file order.</summary>
    public IReadOnlyList<DockerfileElement> Elements { get; }

    public IReadOnlyList<Instruction> Instructions { get; }

    public IReadOnlyList<ParserDirective> Directives { get; }

    public IEnumerable<Comment> Comments
    {
        get
        {
            var comments = new List<Comment>();
            foreach (var element in Elements)
            {
                if (element is Comment comment)
                {
                    comments.Add(comment);
                }
            }

            return comments;
        }
    }

    /// <summary><c>\</c> or <c>`</c>, from the escape directive.</summary>
    public char EscapeToken { get; }

    public IReadOnlyList<DockerfileDiagnostic> Diagnostics { get; }

    /// <summary>BuildKit's own warning texts (empty continuation lines), for its dump format.</summary>
    public IReadOnlyList<string> BuildKitWarnings { get; }

    /// <summary>True when BuildKit's parser would refuse this file.</summary>
    public bool HasErrors
    {
        get
        {
            foreach (var diagnostic in Diagnostics)
            {
                if (diagnostic.Severity == DiagnosticSeverity.Error)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>Stages, names, <c>--from</c> references, the final stage and what it depends on.</summary>
    public StageGraph Stages => _stages ??= StageGraph.Build(this);

    public string? GetDirective(string name)
    {
        foreach (var directive in Directives)
        {
            if (string.Equals(directive.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return directive.Value;
            }
        }

        return null;
    }

    /// <summary>BuildKit's AST dump: one <c>(instruction …)</c> per line, no final newline.</summary>
    public string Dump()
    {
        var sb = new StringBuilder();
        foreach (var instruction in Instructions)
        {
            sb.Append('(');
            instruction.DumpTo(sb);
            sb.Append(")\n");
        }

        return GoText.TrimSpace(sb.ToString());
    }
}
