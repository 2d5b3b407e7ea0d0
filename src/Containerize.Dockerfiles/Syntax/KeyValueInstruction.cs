namespace Containerize.Dockerfiles;

/// <summary>ENV and LABEL: a list of key/value pairs.</summary>
public abstract class KeyValueInstruction : Instruction
{
    private protected KeyValueInstruction(InstructionData data)
        : base(data)
    {
    }

    public IReadOnlyList<KeyValueSyntax> Pairs => _pairs ??= BuildPairs();

    private IReadOnlyList<KeyValueSyntax>? _pairs;

    private List<KeyValueSyntax> BuildPairs()
    {
        var pairs = new List<KeyValueSyntax>();
        for (var i = 0; i + 2 < Arguments.Count; i += 3)
        {
            pairs.Add(new KeyValueSyntax(Arguments[i], Arguments[i + 1], Arguments[i + 2].Value.Length == 0, EscapeToken));
        }

        return pairs;
    }
}
