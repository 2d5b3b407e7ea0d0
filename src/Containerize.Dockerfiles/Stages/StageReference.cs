namespace Containerize.Dockerfiles;

/// <summary>A reference from one stage to another stage or to an image: FROM, COPY --from, RUN --mount from=.</summary>
public sealed class StageReference
{
    internal StageReference(Stage source, Instruction instruction, string text, Stage? target, TextSpan span)
    {
        Source = source;
        Instruction = instruction;
        Text = text;
        Target = target;
        Span = span;
    }

    public Stage Source { get; }

    public Instruction Instruction { get; }

    /// <summary>The name, index or image reference as written.</summary>
    public string Text { get; }

    /// <summary>The stage referred to; null when the text names an image.</summary>
    public Stage? Target { get; }

    public TextSpan Span { get; }

    public bool IsImage => Target is null;

    /// <summary>True when the target is this stage or a later one (BuildKit cannot build that order).</summary>
    public bool IsForward => Target is not null && Target.Index >= Source.Index;
}
