using System.Globalization;
using System.Text.RegularExpressions;
using Containerize.Dockerfiles;

namespace Containerize.Imaging.BuildKit;

/// <summary>
/// Finds the Dockerfile instruction a BuildKit vertex was made from. The Dockerfile frontend names each vertex
/// "[stage k/n] TEXT": the stage's name (or stage-N; none when the file has one stage), and the k-th of the stage's n
/// instructions that make a vertex (FROM, RUN, COPY, ADD, WORKDIR). "[internal] load metadata for IMAGE" belongs to the
/// FROM lines of that image.
/// </summary>
internal sealed class VertexMap
{
    private static readonly Regex StepName = new(@"^\[(?<prefix>[^\]]*?)\s*(?<k>\d+)/(?<n>\d+)\]\s*(?<text>.*)$", RegexOptions.CultureInvariant | RegexOptions.Singleline);
    private static readonly Regex Metadata = new(@"^\[[^\]]*internal\]\s+load metadata for (?<image>\S+)", RegexOptions.CultureInvariant);
    private readonly Dockerfile _dockerfile;

    public VertexMap(Dockerfile dockerfile)
    {
        _dockerfile = dockerfile;
    }

    public static bool MakesVertex(Instruction instruction) =>
        instruction.Kind is InstructionKind.From or InstructionKind.Run or InstructionKind.Copy or InstructionKind.Add or InstructionKind.Workdir;

    /// <summary>The instruction, or null for BuildKit's internal vertices (context, Dockerfile, metadata loads, export).</summary>
    public Instruction? Find(string vertexName)
    {
        var step = StepName.Match(vertexName);
        if (!step.Success)
        {
            var metadata = Metadata.Match(vertexName);
            return metadata.Success ? FromOf(metadata.Groups["image"].Value) : null;
        }

        var k = int.Parse(step.Groups["k"].Value, CultureInfo.InvariantCulture);
        var n = int.Parse(step.Groups["n"].Value, CultureInfo.InvariantCulture);
        var text = step.Groups["text"].Value;
        var stageToken = step.Groups["prefix"].Value.Split(' ').LastOrDefault(t => t.Length > 0 && !t.Contains('/'));
        var stages = _dockerfile.Stages.Stages;
        var stage = stageToken is null ? stages.Count == 1 ? stages[0] : null : StageNamed(stageToken);
        var candidates = stage is null ? stages.ToList() : new List<Stage> { stage };
        foreach (var s in candidates)
        {
            var producing = new Instruction[] { s.From }.Concat(s.Instructions.Where(i => MakesVertex(i) && !ReferenceEquals(i, s.From))).ToList();
            if (producing.Count == n && k >= 1 && k <= n && SameKeyword(producing[k - 1], text))
            {
                return producing[k - 1];
            }
        }

        // The count did not line up (another frontend version): the first instruction of the stage with this text.
        var keyword = text.Split(' ')[0];
        return candidates.SelectMany(s => new Instruction[] { s.From }.Concat(s.Instructions))
            .Where(i => string.Equals(i.Keyword, keyword, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(i => Similarity(i, text))
            .FirstOrDefault();
    }

    private Stage? StageNamed(string token)
    {
        var stages = _dockerfile.Stages.Stages;
        var named = stages.FirstOrDefault(s => string.Equals(s.Name, token, StringComparison.OrdinalIgnoreCase));
        if (named is not null)
        {
            return named;
        }

        return token.StartsWith("stage-", StringComparison.Ordinal)
            && int.TryParse(token.Substring(6), NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < stages.Count
            ? stages[index]
            : null;
    }

    private Instruction? FromOf(string image)
    {
        static string Normalize(string name) => Regex.Replace(name, "^docker\\.io/(library/)?", string.Empty);
        return _dockerfile.Stages.Stages.Select(s => s.From)
            .FirstOrDefault(f => string.Equals(Normalize(f.Image), Normalize(image), StringComparison.OrdinalIgnoreCase))
            ?? _dockerfile.Stages.Stages.Select(s => (Instruction)s.From).FirstOrDefault(f => image.Contains(((FromInstruction)f).Image));
    }

    private static bool SameKeyword(Instruction instruction, string text) =>
        text.StartsWith(instruction.Keyword, StringComparison.OrdinalIgnoreCase);

    private static int Similarity(Instruction instruction, string text)
    {
        var mine = Regex.Replace(instruction.ToString(), "\\s+", " ");
        var shared = 0;
        while (shared < mine.Length && shared < text.Length && char.ToUpperInvariant(mine[shared]) == char.ToUpperInvariant(text[shared]))
        {
            shared++;
        }

        return shared;
    }
}
