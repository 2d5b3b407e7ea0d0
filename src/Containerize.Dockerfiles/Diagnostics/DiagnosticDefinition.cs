using System.Globalization;
using Containerize.Dockerfiles;

namespace Containerize.Diagnostics;

/// <summary>One code of the product: ID, title, default severity, message format and help link. Made only by <see cref="DiagnosticCatalog"/>.</summary>
public sealed class DiagnosticDefinition
{
    private const string Repository = "https://github.com/containerize-sdk/containerize-sdk/blob/main/";

    internal DiagnosticDefinition(string id, DiagnosticSeverity defaultSeverity, string title, string messageFormat)
    {
        Id = id;
        DefaultSeverity = defaultSeverity;
        Title = title;
        MessageFormat = messageFormat;
        Area = AreaOf(id);
        HelpLink = Area switch
        {
            DiagnosticArea.Rule => Repository + "docs/rules/" + id + ".md",
            DiagnosticArea.Syntax => Repository + "README.md#the-syntax-library",
            _ => Repository + "README.md#build-diagnostics",
        };
    }

    /// <summary><c>CTZnnnn</c>; never reused.</summary>
    public string Id { get; }

    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>Short, no final period.</summary>
    public string Title { get; }

    /// <summary>A composite format (<c>{0}</c>, <c>{1}</c>…): the arguments quote the offending values; the fixed text says what to do.</summary>
    public string MessageFormat { get; }

    public DiagnosticArea Area { get; }

    /// <summary>The rule's page for 1xxx codes, the README table that lists the code otherwise.</summary>
    public string HelpLink { get; }

    /// <summary>The message with its arguments; <see cref="CultureInfo.InvariantCulture"/> so numbers read the same everywhere.</summary>
    public string Format(params object?[] arguments) =>
        arguments.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, arguments);

    public override string ToString() => Id;

    private static DiagnosticArea AreaOf(string id) => id.Length > 3 ? id[3] switch
    {
        '0' => DiagnosticArea.Syntax,
        '1' => DiagnosticArea.Rule,
        '2' => DiagnosticArea.ProjectInput,
        '3' => DiagnosticArea.Engine,
        _ => DiagnosticArea.Image,
    } : DiagnosticArea.Image;
}
