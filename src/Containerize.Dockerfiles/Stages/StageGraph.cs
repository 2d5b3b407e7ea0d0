using System.Globalization;

namespace Containerize.Dockerfiles;

/// <summary>
/// The stages of a Dockerfile and how they refer to each other. Stage names match case-insensitively;
/// <c>--from</c> takes a stage name, a stage index or an image.
/// </summary>
public sealed class StageGraph
{
    /// <summary>ARGs BuildKit defines for every build, usable in FROM without a declaration.</summary>
    public static readonly IReadOnlyCollection<string> AutomaticArgs = new[]
    {
        "TARGETPLATFORM", "TARGETOS", "TARGETARCH", "TARGETVARIANT",
        "BUILDPLATFORM", "BUILDOS", "BUILDARCH", "BUILDVARIANT",
    };

    private StageGraph(IReadOnlyList<Stage> stages, IReadOnlyList<ArgInstruction> globalArgs)
    {
        Stages = stages;
        GlobalArgs = globalArgs;
    }

    public IReadOnlyList<Stage> Stages { get; }

    /// <summary>ARG instructions before the first FROM.</summary>
    public IReadOnlyList<ArgInstruction> GlobalArgs { get; }

    /// <summary>The last stage: what <c>docker build</c> produces without <c>--target</c>.</summary>
    public Stage? Final => Stages.Count > 0 ? Stages[Stages.Count - 1] : null;

    /// <summary>Stages sharing a name with an earlier stage.</summary>
    public IEnumerable<Stage> DuplicateNames => Stages
        .Where(s => s.Name is not null)
        .GroupBy(s => s.Name!, StringComparer.OrdinalIgnoreCase)
        .SelectMany(g => g.Skip(1));

    /// <summary>A stage by name (case-insensitive) or by index; null when none.</summary>
    public Stage? Find(string nameOrIndex, int beforeIndex = int.MaxValue) => FindIn(Stages, nameOrIndex, beforeIndex);

    /// <summary>Every stage <paramref name="stage"/> needs, directly or through others (itself excluded).</summary>
    public IReadOnlyList<Stage> DependenciesOf(Stage stage)
    {
        var seen = new HashSet<int>();
        var order = new List<Stage>();
        var stack = new Stack<Stage>();
        stack.Push(stage);
        while (stack.Count > 0)
        {
            var current = stack.Pop();
            foreach (var target in Direct(current))
            {
                if (target.Index != stage.Index && seen.Add(target.Index))
                {
                    order.Add(target);
                    stack.Push(target);
                }
            }
        }

        order.Sort((a, b) => a.Index.CompareTo(b.Index));
        return order;
    }

    private static IEnumerable<Stage> Direct(Stage stage)
    {
        if (stage.BaseStage is not null)
        {
            yield return stage.BaseStage;
        }

        foreach (var reference in stage.References)
        {
            if (reference.Target is not null)
            {
                yield return reference.Target;
            }
        }
    }

    internal static StageGraph Build(Dockerfile dockerfile)
    {
        var globalArgs = new List<ArgInstruction>();
        var defaults = new Dictionary<string, string?>(StringComparer.Ordinal);
        var stages = new List<Stage>();
        Stage? current = null;
        foreach (var instruction in dockerfile.Instructions)
        {
            if (instruction is FromInstruction from)
            {
                var image = ShellWords.Expand(
                    from.Image,
                    name => defaults.TryGetValue(name, out var v) ? v ?? string.Empty : AutomaticArgs.Contains(name) ? AutomaticValue(name) : null,
                    out var unresolved,
                    out _,
                    dockerfile.EscapeToken);
                current = new Stage(stages.Count, from, image, unresolved);
                if (from.ImageToken is not null)
                {
                    var baseStage = FindIn(stages, image, current.Index);
                    if (baseStage is not null)
                    {
                        current.BaseStage = baseStage;
                        current.AddReference(new StageReference(current, from, from.Image, baseStage, from.ImageToken.Span));
                    }
                }

                stages.Add(current);
                continue;
            }

            if (current is null)
            {
                if (instruction is ArgInstruction arg)
                {
                    globalArgs.Add(arg);
                    foreach (var declaration in arg.Declarations)
                    {
                        defaults[declaration.Name] = declaration.DefaultValue;
                    }
                }

                continue;
            }

            current.Add(instruction);
        }

        // References are resolved against every stage so forward references can be reported.
        foreach (var stage in stages)
        {
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is FileTransferInstruction transfer && transfer.GetFlag("from") is { Value: { Length: > 0 } fromValue } fromFlag)
                {
                    var target = FindIn(stages, fromValue, int.MaxValue);
                    stage.AddReference(new StageReference(stage, instruction, fromValue, target, fromFlag.Span));
                }
                else if (instruction is RunInstruction run)
                {
                    foreach (var flag in run.GetFlags("mount"))
                    {
                        var mount = RunMount.Parse(flag.Value ?? string.Empty);
                        if (mount.From is { Length: > 0 } mountFrom)
                        {
                            stage.AddReference(new StageReference(stage, instruction, mountFrom, FindIn(stages, mountFrom, int.MaxValue), flag.Span));
                        }
                    }
                }
            }
        }

        return new StageGraph(stages, globalArgs);
    }

    private static Stage? FindIn(IReadOnlyList<Stage> stages, string nameOrIndex, int beforeIndex)
    {
        foreach (var stage in stages)
        {
            if (stage.Index >= beforeIndex)
            {
                break;
            }

            if (stage.Name is not null && string.Equals(stage.Name, nameOrIndex, StringComparison.OrdinalIgnoreCase))
            {
                return stage;
            }
        }

        if (int.TryParse(nameOrIndex, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < stages.Count && index < beforeIndex)
        {
            return stages[index];
        }

        return null;
    }

    private static string AutomaticValue(string name) => name switch
    {
        "TARGETPLATFORM" or "BUILDPLATFORM" => "linux/amd64",
        "TARGETOS" or "BUILDOS" => "linux",
        "TARGETARCH" or "BUILDARCH" => "amd64",
        _ => string.Empty,
    };
}
