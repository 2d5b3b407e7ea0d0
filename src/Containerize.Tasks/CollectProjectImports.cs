using System.Collections;
using System.Reflection;
using Containerize.Generation;
using Microsoft.Build.Framework;

namespace Containerize.Tasks;

/// <summary>
/// The files MSBuild imported while evaluating the project, from MSBuild's own evaluation of it with the same
/// global properties (targets cannot see their project's import list; MSBuildAllProjects holds only the newest).
/// Runs only when the Dockerfile is regenerated. The evaluation API is the host MSBuild's own Microsoft.Build
/// assembly, reached by reflection: it has no netstandard2.0 reference assembly to compile against.
/// </summary>
public sealed class CollectProjectImports : Microsoft.Build.Utilities.Task
{
    /// <summary>The project to evaluate (<c>$(MSBuildProjectFullPath)</c>).</summary>
    [Required]
    public string ProjectFullPath { get; set; } = string.Empty;

    /// <summary>Every imported file, in evaluation order, without duplicates.</summary>
    [Output]
    public ITaskItem[] Imports { get; set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        var globals = BuildEngine is IBuildEngine6 engine
            ? engine.GetGlobalProperties().ToDictionary(p => p.Key, p => p.Value, StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            Imports = Evaluate(ProjectFullPath, globals)
                .Where(p => !string.IsNullOrEmpty(p))
                .Distinct(StringComparer.Ordinal)
                .Select(p => (ITaskItem)new Microsoft.Build.Utilities.TaskItem(p))
                .ToArray();
        }
        catch (Exception ex) when (ex is TargetInvocationException or IOException or InvalidOperationException or MissingMemberException or TypeLoadException)
        {
            var reason = (ex as TargetInvocationException)?.InnerException?.Message ?? ex.Message;
            Log.LogWarning(null, GenerationDiagnosticIds.ImportsNotEvaluated, null, ProjectFullPath, 0, 0, 0, 0,
                $"Containerize.Sdk could not evaluate '{ProjectFullPath}' to list its imports ({reason}); files it imports are not copied into the container's restore layer. Add them as ContainerizeRestoreFile items.");
        }

        return !Log.HasLoggedErrors;
    }

    /// <summary><c>new ProjectCollection(globals).LoadProject(path, globals, null).Imports[*].ImportedProject.FullPath</c>.</summary>
    private static List<string> Evaluate(string path, IDictionary<string, string> globals)
    {
        var assembly = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => a.GetName().Name == "Microsoft.Build")
            ?? Assembly.Load(new AssemblyName("Microsoft.Build"));
        var collectionType = assembly.GetType("Microsoft.Build.Evaluation.ProjectCollection", throwOnError: true)!;
        var collection = Activator.CreateInstance(collectionType, globals)!;
        try
        {
            var load = collectionType.GetMethod("LoadProject", new[] { typeof(string), typeof(IDictionary<string, string>), typeof(string) })
                ?? throw new MissingMethodException("ProjectCollection.LoadProject");
            var project = load.Invoke(collection, new object?[] { path, globals, null })!;
            var imports = (IEnumerable)project.GetType().GetProperty("Imports")!.GetValue(project)!;
            var files = new List<string>();
            foreach (var import in imports)
            {
                var imported = import.GetType().GetProperty("ImportedProject")!.GetValue(import)!;
                files.Add((string)imported.GetType().GetProperty("FullPath")!.GetValue(imported)!);
            }

            return files;
        }
        finally
        {
            collectionType.GetMethod("UnloadAllProjects")?.Invoke(collection, null);
            (collection as IDisposable)?.Dispose();
        }
    }
}
