namespace Containerize.Dockerfiles;

/// <summary>One build stage: a FROM and the instructions up to the next FROM.</summary>
public sealed class Stage
{
    private readonly List<Instruction> _instructions = new();
    private readonly List<StageReference> _references = new();

    internal Stage(int index, FromInstruction from, string baseImage, IReadOnlyList<string> unresolvedArgs)
    {
        Index = index;
        From = from;
        BaseImage = baseImage;
        UnresolvedFromArgs = unresolvedArgs;
    }

    public int Index { get; }

    public FromInstruction From { get; }

    /// <summary>The stage name after AS, as written; null when unnamed.</summary>
    public string? Name => From.StageName;

    /// <summary>The FROM image with global ARG defaults substituted.</summary>
    public string BaseImage { get; }

    /// <summary>ARGs used in FROM that no global ARG declares.</summary>
    public IReadOnlyList<string> UnresolvedFromArgs { get; }

    /// <summary>The earlier stage this one starts from (<c>FROM build AS final</c>); null for an image.</summary>
    public Stage? BaseStage { get; internal set; }

    public bool IsScratch => string.Equals(BaseImage, "scratch", StringComparison.OrdinalIgnoreCase);

    /// <summary>Instructions after FROM, in order.</summary>
    public IReadOnlyList<Instruction> Instructions => _instructions;

    /// <summary>Every reference this stage makes (FROM a stage, COPY --from, RUN --mount from=).</summary>
    public IReadOnlyList<StageReference> References => _references;

    /// <summary>The stage's display name: its name or its index.</summary>
    public string DisplayName => Name ?? Index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal void Add(Instruction instruction) => _instructions.Add(instruction);

    internal void AddReference(StageReference reference) => _references.Add(reference);

    public override string ToString() => $"stage {DisplayName} FROM {BaseImage}";
}
