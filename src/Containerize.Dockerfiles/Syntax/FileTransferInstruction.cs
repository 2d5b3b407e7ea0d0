namespace Containerize.Dockerfiles;

/// <summary>COPY and ADD: sources, a destination and the flags they share.</summary>
public abstract class FileTransferInstruction : Instruction
{
    private protected FileTransferInstruction(InstructionData data)
        : base(data)
    {
        if (Arguments.Count >= 2)
        {
            var sources = new SyntaxToken[Arguments.Count - 1];
            for (var i = 0; i < sources.Length; i++)
            {
                sources[i] = Arguments[i];
            }

            Sources = sources;
            DestinationToken = Arguments[Arguments.Count - 1];
        }
        else
        {
            Sources = Array.Empty<SyntaxToken>();
            DestinationToken = null;
        }
    }

    public IReadOnlyList<SyntaxToken> Sources { get; }

    public SyntaxToken? DestinationToken { get; }

    public string Destination => DestinationToken?.Value ?? string.Empty;

    /// <summary><c>--from=</c>: a stage name, a stage index or an image.</summary>
    public string? From => GetFlag("from")?.Value;

    public string? Chown => GetFlag("chown")?.Value;

    public string? Chmod => GetFlag("chmod")?.Value;

    public bool Link => IsTrue(GetFlag("link"));

    public bool Parents => IsTrue(GetFlag("parents"));

    public IReadOnlyList<string> Excludes
    {
        get
        {
            var excludes = new List<string>();
            foreach (var flag in Flags)
            {
                if (flag.Name == "exclude")
                {
                    excludes.Add(flag.Value ?? string.Empty);
                }
            }

            return excludes;
        }
    }

    /// <summary>True when a source is a heredoc (<c>COPY &lt;&lt;EOF /file</c>).</summary>
    public bool IsHeredocSource(SyntaxToken source) => Heredocs.Count > 0 && source.Value.Contains("<<");

    private protected static bool IsTrue(InstructionFlag? flag) =>
        flag is not null && (flag.Value is null || string.Equals(flag.Value, "true", StringComparison.OrdinalIgnoreCase));
}
