using Containerize.Dockerfiles;

namespace Containerize.Linting;

/// <summary>A stage as the rules see it: its instructions, its base, and whether its layers end up in the image.</summary>
public sealed class StageView
{
    internal StageView(int index, Stage? graph, ImageReference? baseImage, IReadOnlyList<Instruction> instructions)
    {
        Index = index;
        Graph = graph;
        From = graph?.From;
        BaseImage = baseImage;
        Instructions = instructions;
    }

    public int Index { get; }

    /// <summary>The stage of the Dockerfile's stage graph this view shows; null for instructions before any FROM.</summary>
    public Stage? Graph { get; }

    /// <summary>Null for instructions written before any FROM (a fragment, or a file without FROM).</summary>
    public FromInstruction? From { get; }

    public string? Name => From?.StageName;

    /// <summary>The base image with global ARG defaults substituted; null when the base is another stage.</summary>
    public ImageReference? BaseImage { get; }

    public StageView? BaseStage { get; internal set; }

    public IReadOnlyList<Instruction> Instructions { get; }

    public bool IsFinal { get; internal set; }

    /// <summary>The final stage and the stages it is built FROM: their layers are in the image.</summary>
    public bool IsInFinalImage { get; internal set; }

    /// <summary>The image at the root of the FROM chain (a stage built FROM another stage inherits its base).</summary>
    public ImageReference? RootImage => BaseImage ?? BaseStage?.RootImage;

    /// <summary>The stage at the root of the FROM chain (this one when it is built on an image).</summary>
    public StageView Root
    {
        get
        {
            var root = this;
            while (root.BaseStage is { } parent)
            {
                root = parent;
            }

            return root;
        }
    }

    /// <summary>Each instruction with the working directory in force when it runs (computed once, shared by the rules).</summary>
    internal IReadOnlyList<WorkdirStep> WorkdirSteps => _workdirSteps ??= ImagePaths.WithWorkdir(this);

    private IReadOnlyList<WorkdirStep>? _workdirSteps;

    /// <summary>The last instruction of type <typeparamref name="T"/> in this stage, or null.</summary>
    public T? Last<T>()
        where T : Instruction
    {
        for (var i = Instructions.Count - 1; i >= 0; i--)
        {
            if (Instructions[i] is T found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>This stage and the stages it is built FROM, nearest first.</summary>
    public IEnumerable<StageView> SelfAndAncestors()
    {
        for (var s = this; s is not null; s = s.BaseStage)
        {
            yield return s;
        }
    }
}
