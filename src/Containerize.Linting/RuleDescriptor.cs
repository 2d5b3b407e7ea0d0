using Containerize.Diagnostics;
using Containerize.Dockerfiles;

namespace Containerize.Linting;

/// <summary>What a rule is: its catalog entry (ID, title, default severity, message format), category, description and the hadolint rules it agrees with.</summary>
public sealed class RuleDescriptor
{
    public RuleDescriptor(DiagnosticDefinition definition, string description, params string[] hadolintEquivalents)
    {
        Definition = definition;
        Description = description;
        HadolintEquivalents = hadolintEquivalents;
    }

    public DiagnosticDefinition Definition { get; }

    public string Id => Definition.Id;

    /// <summary>Short, no final period.</summary>
    public string Title => Definition.Title;

    /// <summary>From the ID: 11xx base image and stages, 12xx layers, 13xx security, 14xx project cross-checks, 15xx style.</summary>
    public RuleCategory Category => Id.Length > 4 ? Id[4] switch
    {
        '1' => RuleCategory.BaseImageAndStages,
        '2' => RuleCategory.LayersAndSize,
        '3' => RuleCategory.SecurityAndRuntime,
        '5' => RuleCategory.Style,
        _ => RuleCategory.ProjectCrossCheck,
    } : RuleCategory.ProjectCrossCheck;

    /// <summary>The Roslyn category, <c>Containerize.LayersAndSize</c>; a switch, not Enum.ToString (reflection on a cold start).</summary>
    public string CategoryName => Category switch
    {
        RuleCategory.BaseImageAndStages => "Containerize.BaseImageAndStages",
        RuleCategory.LayersAndSize => "Containerize.LayersAndSize",
        RuleCategory.SecurityAndRuntime => "Containerize.SecurityAndRuntime",
        RuleCategory.Style => "Containerize.Style",
        _ => "Containerize.ProjectCrossCheck",
    };

    public DiagnosticSeverity DefaultSeverity => Definition.DefaultSeverity;

    public string Description { get; }

    /// <summary>hadolint rule codes this rule covers (its findings carry the matching check code).</summary>
    public IReadOnlyList<string> HadolintEquivalents { get; }

    public string HelpLink => Definition.HelpLink;
}
