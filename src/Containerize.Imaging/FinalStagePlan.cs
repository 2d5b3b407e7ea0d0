using System.Text;
using Containerize.Dockerfiles;

namespace Containerize.Imaging;

/// <summary>
/// The fast inner loop: the Dockerfile's final stage built from the host's publish output instead of the build stage.
/// The derived Dockerfile holds the final stage's own instructions (base image, WORKDIR, ENV, EXPOSE, LABEL, USER,
/// ENTRYPOINT…, as written), with each <c>COPY --from=&lt;stage&gt; &lt;layers&gt;/NAME/ dest</c> rewritten to
/// <c>COPY NAME/ dest</c> from a context that holds the host's layer folders: the same base, the same layers in the
/// same order and the same config as the full build. The config instructions that follow the first COPY move in
/// front of it (they change no file, and COPY ignores them), so a code change rebuilds one COPY and nothing after it.
/// </summary>
public sealed class FinalStagePlan
{
    private static readonly HashSet<InstructionKind> Config = new()
    {
        InstructionKind.Env, InstructionKind.Expose, InstructionKind.Label, InstructionKind.User, InstructionKind.Entrypoint,
        InstructionKind.Cmd, InstructionKind.Healthcheck, InstructionKind.StopSignal,
    };

    private FinalStagePlan(string? problem, Dockerfile? dockerfile, string text, Stage? stage, IReadOnlyList<Instruction> order, IReadOnlyList<CopiedFolder> copies)
    {
        Problem = problem;
        Dockerfile = dockerfile;
        DockerfileText = text;
        Stage = stage;
        Order = order;
        Copies = copies;
    }

    /// <summary>Why the final stage cannot be built from the host's output (then the whole Dockerfile is built); null when it can.</summary>
    public string? Problem { get; }

    /// <summary>The original Dockerfile, whose instructions <see cref="Order"/> holds.</summary>
    public Dockerfile? Dockerfile { get; }

    /// <summary>The derived Dockerfile: the final stage alone, in <see cref="Order"/>.</summary>
    public string DockerfileText { get; }

    /// <summary>The original Dockerfile's final stage.</summary>
    public Stage? Stage { get; }

    /// <summary>The final stage's instructions (of the original Dockerfile) in the derived Dockerfile's order.</summary>
    public IReadOnlyList<Instruction> Order { get; }

    /// <summary>The original instruction of each instruction of the derived Dockerfile, in its order (FROM first): where errors point.</summary>
    public IReadOnlyList<Instruction> Reported => Stage is null ? Array.Empty<Instruction>() : new[] { (Instruction)Stage.From }.Concat(Order).ToList();

    /// <summary>The rewritten COPY instructions, in order: which layer folder lands where in the image.</summary>
    public IReadOnlyList<CopiedFolder> Copies { get; }

    /// <summary>
    /// The final stage's base image as the engine resolves it: <paramref name="buildArgs"/> first, then the global
    /// ARGs' defaults (the generated FROM takes the .NET images' registry from one).
    /// </summary>
    public string BaseImage(IDictionary<string, string> buildArgs) =>
        Stage is null || Dockerfile is null ? string.Empty : ResolveImage(Dockerfile, Stage, buildArgs);

    private static string ResolveImage(Dockerfile dockerfile, Stage stage, IDictionary<string, string>? buildArgs)
    {
        var defaults = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var arg in dockerfile.Stages.GlobalArgs)
        {
            foreach (var declaration in arg.Declarations)
            {
                defaults[declaration.Name] = declaration.DefaultValue;
            }
        }

        var image = ShellWords.Expand(stage.From.Image, name => buildArgs is not null && buildArgs.TryGetValue(name, out var value) ? value : defaults.TryGetValue(name, out var fallback) ? fallback : null, out _, out var error);
        return error is null ? image : stage.BaseImage;
    }

    /// <summary>Plans the final stage of <paramref name="dockerfile"/> from the layer folders under <paramref name="layersFolder"/>.</summary>
    /// <param name="containerLayersDirectory">Where the build stage leaves the layer folders (<c>/app/layers</c>).</param>
    /// <param name="origin">The original Dockerfile's path, named in the derived file's header.</param>
    public static FinalStagePlan Create(Dockerfile dockerfile, string layersFolder, string containerLayersDirectory, string origin = "Dockerfile", IDictionary<string, string>? buildArgs = null)
    {
        var final = dockerfile.Stages.Final;
        if (final is null || dockerfile.HasErrors)
        {
            return Fail("the Dockerfile has no final stage that parses");
        }

        if (final.BaseStage is not null || final.IsScratch || final.UnresolvedFromArgs.Count > 0)
        {
            return Fail($"the final stage starts FROM '{final.From.Image}', not from a named image");
        }

        var prefix = containerLayersDirectory.TrimEnd('/') + "/";
        var copies = new List<CopiedFolder>();
        var before = new List<Instruction>();
        var moved = new List<Instruction>();
        var files = new List<Instruction>();
        var workdir = "/";
        foreach (var instruction in final.Instructions)
        {
            if (instruction.Kind is not (InstructionKind.Workdir or InstructionKind.Copy) && !Config.Contains(instruction.Kind))
            {
                return Fail($"the final stage has {instruction.Keyword.ToUpperInvariant()} at line {instruction.StartLine}, which needs the build stage's file system");
            }

            if (instruction.ArgumentText.Contains('$') && instruction.Kind is InstructionKind.Workdir or InstructionKind.Copy)
            {
                return Fail($"{instruction.Keyword.ToUpperInvariant()} at line {instruction.StartLine} uses a variable");
            }

            (copies.Count == 0 ? before : Config.Contains(instruction.Kind) ? moved : files).Add(instruction);
            if (instruction is WorkdirInstruction w)
            {
                if (copies.Count > 0)
                {
                    return Fail($"WORKDIR at line {w.StartLine} comes after a COPY");
                }

                workdir = ImagePath.Resolve(workdir, w.ArgumentText.Trim());
                continue;
            }

            if (instruction is not CopyInstruction copy)
            {
                continue;
            }

            if (copy.From is null || copy.Sources.Count != 1 || copy.Parents || copy.Excludes.Count > 0 || copy.Heredocs.Count > 0)
            {
                return Fail($"COPY at line {copy.StartLine} is not a single-source COPY --from of the build stage");
            }

            var source = copy.Sources[0].Value;
            var name = source.StartsWith(prefix, StringComparison.Ordinal) ? source.Substring(prefix.Length).TrimEnd('/') : string.Empty;
            if (name.Length == 0 || name.IndexOfAny(new[] { '/', '*', '?', '[' }) >= 0 || name.Contains(".."))
            {
                return Fail($"COPY at line {copy.StartLine} copies '{source}', not one layer folder under {prefix}");
            }

            var folder = Path.Combine(layersFolder, name);
            if (!Directory.Exists(folder))
            {
                return Fail($"the host's publish left no '{name}' layer folder for COPY at line {copy.StartLine}");
            }

            if (before.Remove(copy))
            {
                files.Add(copy);
            }

            copies.Add(new CopiedFolder(copy, folder, ImagePath.Resolve(workdir, copy.Destination), name));
        }

        if (copies.Count == 0)
        {
            return Fail("the final stage copies nothing from the build stage");
        }

        var order = before.Concat(moved).Concat(files).ToList();
        var text = new StringBuilder();
        foreach (var directive in dockerfile.Directives)
        {
            text.Append("# ").Append(directive.Name).Append('=').Append(directive.Value).Append('\n');
        }

        text.Append("# Derived by Containerize.Sdk from ").Append(origin).Append(" for dotnet publish -p:ContainerizeImage=true: its final stage,\n");
        text.Append("# built from this publish's output. Each instruction names its line there; never edit this file.\n");
        // The FROM names its image resolved (the generated one takes the .NET images' registry from a global ARG), so
        // the derived file's first step is its FROM, as in the original's stage.
        var from = Single(final.From);
        if (final.From.Image.IndexOf('$') >= 0)
        {
            from = from.Replace(final.From.Image, ResolveImage(dockerfile, final, buildArgs));
        }

        text.Append(from).Append('\n');
        foreach (var instruction in order)
        {
            var copy = copies.FirstOrDefault(c => ReferenceEquals(c.Instruction, instruction));
            var line = copy is null
                ? Single(instruction)
                : copy.Instruction.Keyword + " " + string.Concat(copy.Instruction.Flags.Where(f => f.Name != "from").Select(f => f.Text + " ")) + copy.Name + "/ " + copy.Instruction.DestinationToken!.Value;
            text.Append("# line ").Append(instruction.StartLine.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n').Append(line).Append('\n');
        }

        return new FinalStagePlan(null, dockerfile, text.ToString(), final, order, copies);
    }

    // An instruction's source text on one line (continuations joined as the parser joins them).
    private static string Single(Instruction instruction) => DockerfileWriter.WriteInstruction(instruction).Replace("\\\n", " ").Replace("\n", " ").Trim();

    private static FinalStagePlan Fail(string problem) => new(problem, null, string.Empty, null, Array.Empty<Instruction>(), Array.Empty<CopiedFolder>());
}
