namespace Containerize.Generation;

/// <summary>A coded problem with the project's input (<c>CTZ2nnn</c>): what is wrong, quoting the value, and what to do.</summary>
public sealed class GenerationDiagnostic
{
    public GenerationDiagnostic(string id, string message, bool isError = true)
    {
        Id = id;
        Message = message;
        IsError = isError;
    }

    public string Id { get; }

    public string Message { get; }

    public bool IsError { get; }

    public override string ToString() => $"{(IsError ? "error" : "warning")} {Id}: {Message}";
}
