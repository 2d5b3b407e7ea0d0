namespace Containerize.Dockerfiles;

/// <summary>
/// The catalog of syntax diagnostics. IDs are never reused. Errors are the cases where BuildKit's
/// parser refuses the file; warnings are accepted by the parser but fail or mislead later.
/// </summary>
public static class SyntaxDiagnostics
{
    public const string NoInstructions = "CTZ0001";
    public const string UnterminatedHeredoc = "CTZ0002";
    public const string JsonNotStringArray = "CTZ0003";
    public const string MissingArgument = "CTZ0004";
    public const string MissingEquals = "CTZ0005";
    public const string InvalidEscapeDirective = "CTZ0006";
    public const string DuplicateDirective = "CTZ0007";
    public const string LineTooLong = "CTZ0008";
    public const string EmptyContinuationLine = "CTZ0009";
    public const string UnknownInstruction = "CTZ0010";
    public const string InvalidHeredoc = "CTZ0011";
    public const string UnknownFlag = "CTZ0012";
    public const string InvalidPragma = "CTZ0013";

    /// <summary>Every ID with its title, for documentation and SARIF rule metadata.</summary>
    public static IReadOnlyDictionary<string, string> Titles { get; } = new Dictionary<string, string>
    {
        [NoInstructions] = "Dockerfile has no instructions",
        [UnterminatedHeredoc] = "Heredoc is not terminated",
        [JsonNotStringArray] = "JSON array has non-string elements",
        [MissingArgument] = "Instruction is missing an argument",
        [MissingEquals] = "Key-value argument has no '='",
        [InvalidEscapeDirective] = "Escape directive has an invalid value",
        [DuplicateDirective] = "Parser directive is repeated",
        [LineTooLong] = "Line is longer than BuildKit accepts",
        [EmptyContinuationLine] = "Empty line inside a continued instruction",
        [UnknownInstruction] = "Unknown instruction",
        [InvalidHeredoc] = "Heredoc word cannot be read",
        [UnknownFlag] = "Flag is not known for this instruction",
        [InvalidPragma] = "Suppression comment cannot be read",
    };
}
