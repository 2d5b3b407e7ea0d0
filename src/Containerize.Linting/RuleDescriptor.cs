using Containerize.Dockerfiles;

namespace Containerize.Linting;

/// <summary>What a rule is: its ID, title, category, default severity and the hadolint rules it agrees with.</summary>
public sealed class RuleDescriptor
{
    public RuleDescriptor(string id, string title, RuleCategory category, DiagnosticSeverity defaultSeverity, string description, params string[] hadolintEquivalents)
    {
        Id = id;
        Title = title;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Description = description;
        HadolintEquivalents = hadolintEquivalents;
    }

    public string Id { get; }

    /// <summary>Short, no final period.</summary>
    public string Title { get; }

    public RuleCategory Category { get; }

    /// <summary>The Roslyn category, <c>Containerize.LayersAndSize</c>; a switch, not Enum.ToString (reflection on a cold start).</summary>
    public string CategoryName => Category switch
    {
        RuleCategory.BaseImageAndStages => "Containerize.BaseImageAndStages",
        RuleCategory.LayersAndSize => "Containerize.LayersAndSize",
        RuleCategory.SecurityAndRuntime => "Containerize.SecurityAndRuntime",
        _ => "Containerize.ProjectCrossCheck",
    };

    public DiagnosticSeverity DefaultSeverity { get; }

    public string Description { get; }

    /// <summary>hadolint rule codes this rule covers (its findings carry the matching check code).</summary>
    public IReadOnlyList<string> HadolintEquivalents { get; }

    public string HelpLink => $"https://github.com/containerize-sdk/containerize-sdk/blob/main/docs/rules/{Id}.md";
}
