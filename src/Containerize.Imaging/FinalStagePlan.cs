using System.Text;
using Containerize.Dockerfiles;

namespace Containerize.Imaging;

/// <summary>
/// The fast inner loop: the Dockerfile's final stage built from the host's publish output instead of the build stage.
/// The derived Dockerfile is the original text with every line before the final stage blanked (so each instruction
/// keeps its line number) and each <c>COPY --from=&lt;stage&gt; &lt;layers&gt;/NAME/ dest</c> rewritten to
/// <c>COPY NAME/ dest</c> from a context that holds the host's layer folders. Everything else of the final stage
/// (base image, WORKDIR, ENV, EXPOSE, LABEL, USER, ENTRYPOINT…) is the Dockerfile's own text, so the image gets the
/// same base, the same layers in the same order and the same config as the full build.
/// </summary>
public sealed class FinalStagePlan
{
    private static readonly HashSet<InstructionKind> Supported = new()
    {
        InstructionKind.Workdir, InstructionKind.Copy, InstructionKind.Env, InstructionKind.Expose, InstructionKind.Label,
        InstructionKind.User, InstructionKind.Entrypoint, InstructionKind.Cmd, InstructionKind.Healthcheck,
        InstructionKind.StopSignal, InstructionKind.Arg,
    };

    private FinalStagePlan(string? problem, string text, Stage? stage, IReadOnlyList<CopiedFolder> copies)
    {
        Problem = problem;
        DockerfileText = text;
        Stage = stage;
        Copies = copies;
    }

    /// <summary>Why the final stage cannot be built from the host's output (then the whole Dockerfile is built); null when it can.</summary>
    public string? Problem { get; }

    /// <summary>The derived Dockerfile (same line numbers as the original).</summary>
    public string DockerfileText { get; }

    /// <summary>The original Dockerfile's final stage.</summary>
    public Stage? Stage { get; }

    /// <summary>The rewritten COPY instructions, in order: which layer folder lands where in the image.</summary>
    public IReadOnlyList<CopiedFolder> Copies { get; }

    /// <summary>Plans the final stage of <paramref name="dockerfile"/> from the layer folders under <paramref name="layersFolder"/>.</summary>
    /// <param name="containerLayersDirectory">Where the build stage leaves the layer folders (<c>/app/layers</c>).</param>
    public static FinalStagePlan Create(Dockerfile dockerfile, string layersFolder, string containerLayersDirectory)
    {
        var final = dockerfile.Stages.Final;
        if (final is null || dockerfile.HasErrors)
        {
            return Fail("the Dockerfile has no final stage that parses");
        }

        if (final.BaseStage is not null || final.IsScratch || final.UnresolvedFromArgs.Count > 0)
        {
            return Fail($"the final stage starts FROM '{final.From.Image}', not from an image");
        }

        var prefix = containerLayersDirectory.TrimEnd('/') + "/";
        var lines = dockerfile.Text.Replace("\r\n", "\n").Split('\n');
        var firstFinalLine = final.From.StartLine;
        foreach (var instruction in dockerfile.Instructions)
        {
            // Earlier stages are not built: their lines become blank (global ARGs before the first FROM stay).
            if (instruction.StartLine < firstFinalLine && !(instruction.Kind == InstructionKind.Arg && dockerfile.Stages.GlobalArgs.Contains(instruction)))
            {
                for (var line = instruction.StartLine; line <= instruction.EndLine; line++)
                {
                    lines[line - 1] = string.Empty;
                }
            }
        }

        var copies = new List<CopiedFolder>();
        var workdir = "/";
        foreach (var instruction in final.Instructions)
        {
            if (!Supported.Contains(instruction.Kind))
            {
                return Fail($"the final stage has {instruction.Keyword.ToUpperInvariant()} at line {instruction.StartLine}, which needs the build stage's file system");
            }

            if (instruction is WorkdirInstruction w)
            {
                workdir = Join(workdir, w.ArgumentText.Trim());
                continue;
            }

            if (instruction is not CopyInstruction copy)
            {
                continue;
            }

            if (copy.From is null || copy.StartLine != copy.EndLine || copy.Sources.Count != 1 || copy.Parents || copy.Excludes.Count > 0 || copy.Heredocs.Count > 0)
            {
                return Fail($"COPY at line {copy.StartLine} is not a single-source COPY --from of the build stage");
            }

            var source = copy.Sources[0].Value;
            if (!source.StartsWith(prefix, StringComparison.Ordinal) || source.IndexOfAny(new[] { '*', '?', '[', '$' }) >= 0)
            {
                return Fail($"COPY at line {copy.StartLine} copies '{source}', not a layer folder under {prefix}");
            }

            var name = source.Substring(prefix.Length).TrimEnd('/');
            if (name.Length == 0 || name.Contains('/') || name.Contains(".."))
            {
                return Fail($"COPY at line {copy.StartLine} copies '{source}', not one layer folder under {prefix}");
            }

            var folder = Path.Combine(layersFolder, name);
            if (!Directory.Exists(folder))
            {
                return Fail($"the host's publish left no '{name}' layer folder for COPY at line {copy.StartLine}");
            }

            var flags = string.Concat(copy.Flags.Where(f => f.Name != "from").Select(f => f.Text + " "));
            lines[copy.StartLine - 1] = $"{copy.Keyword} {flags}{name}/ {copy.DestinationToken!.Value}";
            copies.Add(new CopiedFolder(copy, folder, Join(workdir, copy.Destination)));
        }

        if (copies.Count == 0)
        {
            return Fail("the final stage copies nothing from the build stage");
        }

        return new FinalStagePlan(null, string.Join("\n", lines), final, copies);
    }

    private static FinalStagePlan Fail(string problem) => new(problem, string.Empty, null, Array.Empty<CopiedFolder>());

    private static string Join(string directory, string path)
    {
        var joined = path.StartsWith("/", StringComparison.Ordinal) ? path : directory.TrimEnd('/') + "/" + path;
        var parts = new List<string>();
        foreach (var part in joined.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }

                continue;
            }

            parts.Add(part);
        }

        var sb = new StringBuilder("/");
        sb.Append(string.Join("/", parts));
        return sb.ToString();
    }
}
