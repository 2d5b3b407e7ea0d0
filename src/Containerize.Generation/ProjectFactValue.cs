namespace Containerize.Generation;

/// <summary>
/// One fact of the project as the SDK's <c>_ContainerizeProjectFact</c> items carry it: the fact's name, its value
/// and, for pairs (environment variables, labels), the key. The same items make the generation's incremental
/// fingerprint and the analyzers' compiler-visible properties, so a fact is declared once, in the targets.
/// </summary>
public sealed class ProjectFactValue
{
    public ProjectFactValue(string name, string value, string? key = null)
    {
        Name = name;
        Value = value;
        Key = key;
    }

    public string Name { get; }

    public string Value { get; }

    public string? Key { get; }
}
