using Containerize.Generation;
using Microsoft.Build.Framework;

namespace Containerize.Tasks;

/// <summary>
/// The framework that goes into the container: ContainerizeTargetFramework, else the only one, else the highest of a
/// multi-targeted project's frameworks that has .NET images. With <see cref="Report"/> (the outer build, once per
/// project) it says which one was chosen automatically and how to choose another (CTZ2012), or that none fits (CTZ2002).
/// </summary>
public sealed class ChooseTargetFramework : Microsoft.Build.Utilities.Task
{
    /// <summary><c>$(TargetFrameworks)</c>.</summary>
    public string? TargetFrameworks { get; set; }

    /// <summary><c>$(TargetFramework)</c>: the single framework, or the inner build's.</summary>
    public string? TargetFramework { get; set; }

    public string? ContainerizeTargetFramework { get; set; }

    /// <summary>Log the choice (set in the outer build only, so it is said once).</summary>
    public bool Report { get; set; }

    /// <summary>For the message's location.</summary>
    public string? ProjectFullPath { get; set; }

    [Output]
    public string? Chosen { get; set; }

    public override bool Execute()
    {
        var all = (TargetFrameworks ?? string.Empty).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim()).Where(t => t.Length > 0).ToList();
        if (!string.IsNullOrWhiteSpace(ContainerizeTargetFramework))
        {
            Chosen = ContainerizeTargetFramework!.Trim();
            return true;
        }

        if (all.Count <= 1)
        {
            Chosen = all.FirstOrDefault() ?? TargetFramework?.Trim();
            return true;
        }

        Chosen = ImageSelector.PreferredTargetFramework(all);
        if (!Report)
        {
            return true;
        }

        if (Chosen is null)
        {
            var diagnostic = DockerfileGenerator.MultiTargetingWithoutImages(all);
            Log.LogError(null, diagnostic.Id, null, ProjectFullPath, 0, 0, 0, 0, diagnostic.Message);
            return false;
        }

        Log.LogMessage(null, GenerationDiagnosticIds.TargetFrameworkChosen, null, ProjectFullPath, 0, 0, 0, 0, MessageImportance.High,
            $"Containerize: the container runs {Chosen}, the highest of '{string.Join(";", all)}' with .NET images. Set ContainerizeTargetFramework to containerize another.");
        return true;
    }
}
