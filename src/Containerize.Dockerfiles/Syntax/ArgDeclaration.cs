namespace Containerize.Dockerfiles;

/// <summary>One name of an ARG instruction, with its default value if it has one.</summary>
public sealed class ArgDeclaration
{
    internal ArgDeclaration(SyntaxToken token, char escapeToken)
    {
        Token = token;
        var eq = token.Value.IndexOf('=');
        Name = eq < 0 ? token.Value : token.Value.Substring(0, eq);
        DefaultValue = eq < 0 ? null : ShellWords.Unquote(token.Value.Substring(eq + 1), escapeToken);
    }

    public SyntaxToken Token { get; }

    public string Name { get; }

    /// <summary>The default with quotes removed; null when none was given.</summary>
    public string? DefaultValue { get; }
}
