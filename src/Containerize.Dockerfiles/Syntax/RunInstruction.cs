namespace Containerize.Dockerfiles;

/// <summary><c>RUN [--mount=…] [--network=…] [--security=…] command</c>, shell or exec form, with heredocs.</summary>
public sealed class RunInstruction : CommandInstruction
{
    internal RunInstruction(InstructionData data)
        : base(data)
    {
    }

    public override InstructionKind Kind => InstructionKind.Run;

    public IReadOnlyList<RunMount> Mounts => _mounts ??= Flags.Count == 0 ? Array.Empty<RunMount>() : GetFlags("mount").Select(f => RunMount.Parse(f.Value ?? string.Empty)).ToArray();

    private IReadOnlyList<RunMount>? _mounts;

    public string? Network => GetFlag("network")?.Value;

    public string? Security => GetFlag("security")?.Value;

    /// <summary>Everything the shell will run: the command text followed by every heredoc body.</summary>
    public string ScriptText => Heredocs.Count == 0
        ? CommandText
        : CommandText + "\n" + HeredocContents();

    private string HeredocContents()
    {
        var contents = new System.Text.StringBuilder();
        foreach (var heredoc in Heredocs)
        {
            contents.Append(heredoc.Content);
        }

        return contents.ToString();
    }
}
