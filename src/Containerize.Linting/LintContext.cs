using Containerize.Dockerfiles;

namespace Containerize.Linting;

/// <summary>Everything a rule may look at, and the place it reports to.</summary>
public sealed class LintContext
{
    private readonly List<DockerfileDiagnostic> _findings = new();
    private IReadOnlyList<RunView>? _runs;

    internal LintContext(Dockerfile dockerfile, ProjectFacts project, ContextManifest? manifest, IReadOnlyDictionary<string, DiagnosticSeverity>? severities, CheckDirective? checks = null, DateTime? today = null)
    {
        Checks = checks ?? CheckDirective.None;
        Today = (today ?? DateTime.UtcNow).Date;
        Dockerfile = dockerfile;
        Project = project;
        Manifest = manifest;
        Severities = severities;
        Stages = BuildStages(dockerfile);
    }

    public Dockerfile Dockerfile { get; }

    public ProjectFacts Project { get; }

    /// <summary>The build context after .dockerignore, when known.</summary>
    public ContextManifest? Manifest { get; }

    public IReadOnlyList<StageView> Stages { get; }

    /// <summary>BuildKit's <c># check=</c> directive of the file (experimental checks run only when it names them).</summary>
    public CheckDirective Checks { get; }

    /// <summary>The date rules compare with (end of support): <see cref="LintOptions.Today"/>, else today (UTC).</summary>
    public DateTime Today { get; }

    /// <summary>Every dotnet restore/build/publish/test of the file, in order, with its options read once.</summary>
    public IReadOnlyList<DotnetCommand> DotnetCommands => _dotnet ??= DotnetCommand.All(this);

    private IReadOnlyList<DotnetCommand>? _dotnet;

    /// <summary>What the final image does at run time (entrypoint, shell needs, privilege drops), read once.</summary>
    public FinalStageFacts FinalFacts => _finalFacts ??= FinalStageFacts.Of(this);

    private FinalStageFacts? _finalFacts;

    /// <summary>
    /// Whether the published app brings its own runtime, from the Dockerfile's own <c>dotnet publish</c> flags or else
    /// the project's SelfContained/PublishAot; null when neither says. The first publish that says wins.
    /// </summary>
    public bool? PublishesSelfContained(out DotnetCommand? publish)
    {
        publish = null;
        foreach (var command in DotnetCommands)
        {
            if (command.Verb == "publish" && command.SelfContained(command.Run.Stage.RootImage?.DotnetVersionNumber ?? ProjectVersion()) is { } selfContained)
            {
                publish = command;
                return selfContained;
            }
        }

        if (Project.SelfContained || Project.PublishAot || Project.IsTrue("PublishTrimmed"))
        {
            return true;
        }

        return Project.IsKnown && Project.Get("SelfContained") is not null ? false : null;
    }

    private double? ProjectVersion() => DotnetImages.VersionNumber(Project.DotnetVersion);

    public StageView? FinalStage => Stages.Count > 0 ? Stages[Stages.Count - 1] : null;

    internal IReadOnlyDictionary<string, DiagnosticSeverity>? Severities { get; }

    internal IReadOnlyList<DockerfileDiagnostic> Findings => _findings;

    /// <summary>Every RUN, including those inside ONBUILD, with its parsed shell script.</summary>
    public IReadOnlyList<RunView> Runs => _runs ??= BuildRuns();

    /// <summary>The parsed view of a RUN (its shell script is read once and shared by every rule).</summary>
    public RunView? ViewOf(RunInstruction run)
    {
        if (_views is null)
        {
            _views = new Dictionary<RunInstruction, RunView>();
            foreach (var view in Runs)
            {
                _views[view.Run] = view;
            }
        }

        return _views.TryGetValue(run, out var found) ? found : null;
    }

    /// <summary>The view of a stage of the Dockerfile's stage graph (the views of graph stages come last, in order).</summary>
    public StageView ViewOf(Stage stage) => Stages[Stages.Count - Dockerfile.Stages.Stages.Count + stage.Index];

    /// <summary>The parsed view of <paramref name="instruction"/> when it is a shell-form RUN; null otherwise.</summary>
    public RunView? ShellRunOf(Instruction instruction) =>
        instruction is RunInstruction { IsExecForm: false } run ? ViewOf(run) : null;

    /// <summary>True when some RUN of a stage in the final image runs one of these programs (a cheap pre-check for rules).</summary>
    public bool AnyFinalImageRunCalls(params string[] programs)
    {
        foreach (var run in Runs)
        {
            if (!run.Stage.IsInFinalImage)
            {
                continue;
            }

            foreach (var command in run.Commands)
            {
                if (Array.IndexOf(programs, command.Program) >= 0)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private Dictionary<RunInstruction, RunView>? _views;

    /// <summary>
    /// Reports a finding whose whole message the rule composed; only for rules whose catalog format is still <c>"{0}"</c>
    /// (see DiagnosticCatalog). Rules with a real message format use <see cref="Raise(RuleDescriptor, TextSpan, object?[])"/>.
    /// </summary>
    public void Report(RuleDescriptor rule, TextSpan span, string message, string? check = null) => Add(rule.Definition, span, check, new object?[] { message });

    /// <summary>
    /// As <see cref="Report(RuleDescriptor, TextSpan, string, string?)"/>, at a severity of the rule's choosing: a rule lowers
    /// a finding to info where the cost is small or the choice deliberate (docs/rules/README.md). A configured severity wins.
    /// </summary>
    public void Report(RuleDescriptor rule, TextSpan span, string message, DiagnosticSeverity severity, string? check = null) =>
        Add(rule.Definition, span, check, new object?[] { message }, severity);

    /// <summary>As <see cref="Raise(RuleDescriptor, TextSpan, object?[])"/>, at a severity of the rule's choosing (a configured severity wins).</summary>
    public void RaiseAt(RuleDescriptor rule, TextSpan span, DiagnosticSeverity severity, params object?[] arguments) => Add(rule.Definition, span, null, arguments, severity);

    /// <summary>As <see cref="RaiseAt"/>, naming the upstream check that fired.</summary>
    public void RaiseCheckAt(RuleDescriptor rule, TextSpan span, string check, DiagnosticSeverity severity, params object?[] arguments) => Add(rule.Definition, span, check, arguments, severity);

    public void Report(RuleDescriptor rule, Instruction instruction, string message, string? check = null) =>
        Report(rule, instruction.Span, message, check);

    /// <summary>Reports a finding with the arguments of the rule's message format (<see cref="Containerize.Diagnostics.DiagnosticDefinition.MessageFormat"/>).</summary>
    public void Raise(RuleDescriptor rule, TextSpan span, params object?[] arguments) => Add(rule.Definition, span, null, arguments);

    /// <summary>As <see cref="Raise(RuleDescriptor, TextSpan, object?[])"/>, naming the upstream check that fired (<c>DL3020</c>, <c>UndefinedVar</c>).</summary>
    public void RaiseCheck(RuleDescriptor rule, TextSpan span, string check, params object?[] arguments) => Add(rule.Definition, span, check, arguments);

    internal void Add(Containerize.Diagnostics.DiagnosticDefinition definition, TextSpan span, string? check, object?[] arguments, DiagnosticSeverity? chosen = null)
    {
        var severity = Severities is not null && Severities.TryGetValue(definition.Id, out var configured) ? configured : chosen ?? definition.DefaultSeverity;
        _findings.Add(new DockerfileDiagnostic(definition, severity, span, Dockerfile.LineMap.GetRange(span), check, arguments));
    }

    private IReadOnlyList<RunView> BuildRuns()
    {
        var runs = new List<RunView>();
        foreach (var stage in Stages)
        {
            foreach (var instruction in stage.Instructions)
            {
                var run = instruction as RunInstruction ?? (instruction as OnbuildInstruction)?.Trigger as RunInstruction;
                if (run is not null)
                {
                    runs.Add(new RunView(run, stage, instruction, ShellScript.Parse(run.IsExecForm ? QuotedWords(run.CommandArguments) : run.ScriptText)));
                }
            }
        }

        return runs;
    }

    /// <summary>Exec-form arguments as one shell line, each word quoted when it would otherwise split or end a command.</summary>
    private static string QuotedWords(IReadOnlyList<string> words)
    {
        var line = new System.Text.StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            line.Append(i == 0 ? string.Empty : " ").Append(NeedsQuotes(word) ? "'" + word.Replace("'", "'\\''") + "'" : word);
        }

        return line.ToString();
    }

    private static bool NeedsQuotes(string word)
    {
        foreach (var c in word)
        {
            if (char.IsWhiteSpace(c) || c is '\'' or '"' or ';' or '&' or '|')
            {
                return true;
            }
        }

        return false;
    }

    private static IReadOnlyList<StageView> BuildStages(Dockerfile dockerfile)
    {
        var stages = new List<StageView>();
        var graph = dockerfile.Stages;
        var leading = new List<Instruction>();
        foreach (var instruction in dockerfile.Instructions)
        {
            if (instruction is FromInstruction)
            {
                break;
            }

            if (instruction is not ArgInstruction)
            {
                leading.Add(instruction);
            }
        }

        if (leading.Count > 0 || graph.Stages.Count == 0)
        {
            // Instructions before any FROM (hadolint-style fragments) form an implicit stage of their own.
            stages.Add(new StageView(0, null, null, leading));
        }

        var offset = stages.Count;
        foreach (var stage in graph.Stages)
        {
            var image = stage.BaseStage is null ? ImageReference.Parse(stage.BaseImage) : null;
            stages.Add(new StageView(stage.Index + offset, stage, image, stage.Instructions));
        }

        for (var i = 0; i < graph.Stages.Count; i++)
        {
            if (graph.Stages[i].BaseStage is { } baseStage)
            {
                stages[i + offset].BaseStage = stages[baseStage.Index + offset];
            }
        }

        if (stages.Count > 0)
        {
            var final = stages[stages.Count - 1];
            final.IsFinal = true;
            foreach (var s in final.SelfAndAncestors())
            {
                s.IsInFinalImage = true;
            }
        }

        return stages;
    }
}
