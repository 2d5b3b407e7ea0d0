using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting.Rules;

/// <summary>
/// CTZ1103: COPY --from naming an unknown, later or the same stage; duplicate or reserved stage names; FROM with an
/// undefined ARG, or whose ARG defaults make an invalid image name (BuildKit's DuplicateStageName, ReservedStageName,
/// UndefinedArgInFrom, InvalidDefaultArgInFrom).
/// </summary>
public sealed class BrokenStageReferenceRule : LintRule
{
    public static readonly RuleDescriptor Rule = new(
        DiagnosticCatalog.BrokenStageReference,
        "Stage names are how multi-stage builds connect; a typo turns a stage reference into an attempt to pull an image of that name.",
        "DL3022",
        "DL3023",
        "DL3024");

    public override RuleDescriptor Descriptor => Rule;

    public override void Analyze(LintContext context)
    {
        var seen = new Dictionary<string, StageView>(StringComparer.OrdinalIgnoreCase);
        var globals = GlobalArgDefaults(context.Dockerfile);
        foreach (var stage in context.Stages)
        {
            if (stage.From is not { } from)
            {
                continue;
            }

            if (stage.Name is { } name && from.StageNameToken is { } nameToken)
            {
                if (seen.TryGetValue(name, out var first))
                {
                    context.RaiseCheck(Rule, nameToken.Span, "DL3024", name, $"the name is already used by the stage at line {first.From!.StartLine}; give each stage its own name");
                }
                else
                {
                    seen[name] = stage;
                }

                if (string.Equals(name, "scratch", StringComparison.OrdinalIgnoreCase) || string.Equals(name, "context", StringComparison.OrdinalIgnoreCase))
                {
                    context.RaiseCheck(Rule, nameToken.Span, "ReservedStageName", name, $"'{name.ToLowerInvariant()}' is a reserved name (the empty image, or the build context) that BuildKit reads before stage names; rename the stage");
                }
            }

            FromArguments(context, from, globals);
        }

        var graphIndex = 0;
        foreach (var stage in context.Stages)
        {
            var position = stage.From is null ? -1 : graphIndex++;
            foreach (var instruction in stage.Instructions)
            {
                if (instruction is not FileTransferInstruction { From: { Length: > 0 } from } transfer)
                {
                    continue;
                }

                var flag = transfer.GetFlag("from")!;
                if (stage.Name is not null && string.Equals(stage.Name, from, StringComparison.OrdinalIgnoreCase))
                {
                    context.RaiseCheck(Rule, flag.Span, "DL3023", "--from=" + from, "it names the stage it is in, and a stage cannot copy from itself; name an earlier stage");
                    continue;
                }

                if (from.Contains(':') || from.Contains('/') && from.Contains('.'))
                {
                    continue;
                }

                var target = context.Dockerfile.Stages.Find(from, position < 0 ? 0 : position);
                if (target is not null)
                {
                    continue;
                }

                var later = context.Dockerfile.Stages.Find(from);
                var why = later is not null
                    ? $"it names a stage defined later (line {later.From.StartLine}), and BuildKit needs it defined before it is used; move that stage up"
                    : from.Contains('/')
                        ? $"it names an image without a tag, which means ':latest' and changes over time; pin a tag (or digest): '--from={from}:<version>'"
                        : $"it is neither an earlier stage nor a tagged image, so BuildKit will try to pull an image named '{from}'; fix the stage name, or give the image a tag";
                context.RaiseCheck(Rule, flag.Span, "DL3022", "--from=" + from, why);
            }
        }
    }

    /// <summary>Global ARG names with their defaults (null when declared without one).</summary>
    private static Dictionary<string, string?> GlobalArgDefaults(Dockerfile dockerfile)
    {
        var defaults = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var arg in dockerfile.Stages.GlobalArgs)
        {
            foreach (var declaration in arg.Declarations)
            {
                defaults[declaration.Name] = declaration.DefaultValue;
            }
        }

        return defaults;
    }

    /// <summary>FROM's image and --platform: undefined ARGs (UndefinedArgInFrom), and defaults that make no valid image name (InvalidDefaultArgInFrom).</summary>
    private static void FromArguments(LintContext context, FromInstruction from, Dictionary<string, string?> globals)
    {
        var candidates = new List<string>(globals.Keys);
        candidates.AddRange(StageGraph.AutomaticArgs);
        if (from.ImageToken is { } image)
        {
            var undefined = Undefined(image.Value, globals, from.EscapeToken);
            if (undefined.Count > 0)
            {
                ReportUndefined(context, image.Span, image.Value, undefined, candidates);
            }
            else if (image.Value.IndexOf('$') >= 0)
            {
                var expanded = ShellWords.Expand(image.Value, name => globals.TryGetValue(name, out var v) ? v ?? string.Empty : string.Empty, out _, out var error, from.EscapeToken);
                if (error is null && !IsValidImage(expanded, context.Dockerfile.Stages))
                {
                    context.RaiseCheck(Rule, image.Span, "InvalidDefaultArgInFrom", image.Value, $"with the default values of its ARGs it is '{expanded}', which is not a valid image name; give the ARG a default that works ('ARG NAME=value'), the build args only override it");
                }
            }
        }

        if (from.GetFlag("platform") is { Value: { } platform } flag)
        {
            var undefined = Undefined(platform, globals, from.EscapeToken);
            if (undefined.Count > 0)
            {
                ReportUndefined(context, flag.Span, "--platform=" + platform, undefined, candidates);
            }
        }
    }

    private static List<string> Undefined(string text, Dictionary<string, string?> globals, char escape)
    {
        var undefined = new List<string>();
        foreach (var use in VariableUse.In(text, escape))
        {
            if (!use.HasFallback && !globals.ContainsKey(use.Name) && !Contains(StageGraph.AutomaticArgs, use.Name) && !undefined.Contains(use.Name))
            {
                undefined.Add(use.Name);
            }
        }

        return undefined;
    }

    private static void ReportUndefined(LintContext context, TextSpan span, string value, List<string> undefined, List<string> candidates)
    {
        var names = "$" + string.Join(", $", undefined);
        var suggestion = NameSuggestion.Closest(undefined[0], candidates);
        var hint = suggestion is null ? string.Empty : $" (did you mean ${suggestion}?)";
        context.RaiseCheck(Rule, span, "UndefinedArgInFrom", value, $"it uses {names}, which no ARG before the first FROM declares{hint}, so it expands to an empty string; declare it with 'ARG' at the top of the file");
    }

    /// <summary>An image reference BuildKit can pull, or a stage name: not empty, no dangling ':' or '@', no spaces.</summary>
    private static bool IsValidImage(string image, StageGraph stages)
    {
        if (image.Length == 0 || image.EndsWith(":", StringComparison.Ordinal) || image.EndsWith("@", StringComparison.Ordinal)
            || image.StartsWith(":", StringComparison.Ordinal) || image.StartsWith("/", StringComparison.Ordinal) || image.EndsWith("/", StringComparison.Ordinal)
            || image.Contains("::") || image.Contains("//"))
        {
            return stages.Find(image) is not null;
        }

        foreach (var c in image)
        {
            if (char.IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Contains(IReadOnlyCollection<string> names, string name)
    {
        foreach (var candidate in names)
        {
            if (string.Equals(candidate, name, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
