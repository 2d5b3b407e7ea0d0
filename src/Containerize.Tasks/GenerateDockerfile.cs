using Containerize.Generation;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Containerize.Tasks;

/// <summary>
/// Writes the project's Dockerfile and the context's .dockerignore from the project's facts. A file without
/// Containerize.Sdk's marker line is the user's: it is never overwritten. Identical content is not rewritten.
/// </summary>
public sealed class GenerateDockerfile : Microsoft.Build.Utilities.Task
{
    [Required]
    public string ProjectFullPath { get; set; } = string.Empty;

    /// <summary>ContainerizeContextDirectory, relative to the project; wins over everything else.</summary>
    public string? ContextDirectory { get; set; }

    /// <summary>Visual Studio's DockerfileContext, relative to the project.</summary>
    public string? DockerfileContext { get; set; }

    /// <summary>Relative to the project; default <c>Dockerfile</c>.</summary>
    public string? DockerfilePath { get; set; }

    /// <summary>Also write the shared deny-list <c>.dockerignore</c> at the context root (when it is ours or absent).</summary>
    public bool WriteDockerignore { get; set; } = true;

    /// <summary>The project's facts: <c>_ContainerizeProjectFact</c> items (Include = fact name, <c>Value</c>, <c>Key</c> for pairs).</summary>
    public ITaskItem[] Facts { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The project model: what <c>_ContainerizeCollectProjectInputs</c> returned (<c>ContainerizeKind</c> metadata).</summary>
    public ITaskItem[] Inputs { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Folders that are not the repository's (.NET SDK, NuGet package folders): their files are never copied.</summary>
    public string[] ToolchainDirectories { get; set; } = Array.Empty<string>();

    [Output]
    public string? ContextFullPath { get; set; }

    [Output]
    public string? DockerfileFullPath { get; set; }

    [Output]
    public bool DockerfileIsUserOwned { get; set; }

    /// <summary>Every file of the model: a change to any of them regenerates the Dockerfile.</summary>
    [Output]
    public string[] ModelFiles { get; set; } = Array.Empty<string>();

    public override bool Execute()
    {
        var projectDirectory = Path.GetDirectoryName(Path.GetFullPath(ProjectFullPath))!;
        DockerfileFullPath = Path.GetFullPath(Path.Combine(projectDirectory, string.IsNullOrWhiteSpace(DockerfilePath) ? "Dockerfile" : DockerfilePath!));
        var inputs = Inputs.Select(i => new ProjectInput(i.GetMetadata("FullPath"), ProjectInput.ParseKind(i.GetMetadata("ContainerizeKind")), NullIfEmpty(i.GetMetadata("MSBuildSourceProjectFile"))));
        var model = ProjectModel.Build(ProjectFullPath, inputs, ToolchainDirectories, ContextDirectory, DockerfileContext);
        var context = model.ContextDirectory;
        ContextFullPath = context;
        ModelFiles = model.AllFiles.Distinct(StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal).ToArray();
        if (ProjectModel.Relative(context, ProjectFullPath) is null)
        {
            Log.LogError(null, GenerationDiagnosticIds.ContextDoesNotContainProject, null, ProjectFullPath, 0, 0, 0, 0,
                $"The build context '{context}' ({model.ContextSource}) does not contain the project '{ProjectFullPath}'. Point ContainerizeContextDirectory at a folder above the project.");
            return false;
        }

        if (File.Exists(DockerfileFullPath) && !GeneratedFiles.HasMarker(File.ReadAllText(DockerfileFullPath)))
        {
            DockerfileIsUserOwned = true;
            Log.LogMessage(null, GenerationDiagnosticIds.UserOwnedDockerfile, null, DockerfileFullPath, 0, 0, 0, 0, MessageImportance.High,
                $"'{DockerfileFullPath}' has no '{GeneratedFiles.MarkerPrefix}' line, so it is yours: Containerize.Sdk does not overwrite it and lints it instead. Delete it to get a generated one, or set ContainerizeDockerfilePath (e.g. Dockerfile.generated) to generate one beside it.");
            return true;
        }

        foreach (var problem in model.Problems)
        {
            Log.LogError(null, problem.Id, null, ProjectFullPath, 0, 0, 0, 0, problem.Message);
        }

        foreach (var leftOut in model.LeftOut)
        {
            Log.LogMessage(MessageImportance.Low, $"Containerize: '{leftOut}' applies on this machine only (outside the build context '{context}'); the container's restore does without it.");
        }

        var unknown = new List<string>();
        var facts = ProjectFacts.Read(Facts.Select(f => new ProjectFactValue(f.ItemSpec, f.GetMetadata("Value"), NullIfEmpty(f.GetMetadata("Key")))), unknown);
        foreach (var name in unknown.Distinct(StringComparer.Ordinal))
        {
            Log.LogWarning(null, GenerationDiagnosticIds.UnknownProjectFact, null, ProjectFullPath, 0, 0, 0, 0,
                $"The project fact '{name}' is not known to this version of Containerize.Sdk's tasks; it is ignored. Restore the SDK package again (the targets and the tasks come from different versions).");
        }

        facts.ProjectFile = ProjectModel.Relative(context, ProjectFullPath)!;
        if (string.IsNullOrWhiteSpace(facts.AssemblyName))
        {
            facts.AssemblyName = Path.GetFileNameWithoutExtension(ProjectFullPath);
        }

        facts.RestoreFiles = model.RestoreFiles;
        facts.RestoreDirectories = model.RestoreDirectories;
        facts.SourceDirectories = model.SourceDirectories;
        facts.SourceFiles = model.SourceFiles;
        facts.ContextFromDockerfile = RelativeFolder(Path.GetDirectoryName(DockerfileFullPath)!, context);
        facts.DockerfileInContext = ProjectModel.Relative(context, DockerfileFullPath) ?? DockerfileFullPath.Replace('\\', '/');
        if (Log.HasLoggedErrors)
        {
            return false;
        }

        var result = DockerfileGenerator.Generate(facts);
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.IsError)
            {
                Log.LogError(null, diagnostic.Id, null, ProjectFullPath, 0, 0, 0, 0, diagnostic.Message);
            }
            else
            {
                Log.LogWarning(null, diagnostic.Id, null, ProjectFullPath, 0, 0, 0, 0, diagnostic.Message);
            }
        }

        if (!result.Succeeded)
        {
            return false;
        }

        if (WriteIfChanged(DockerfileFullPath, result.Dockerfile!))
        {
            Log.LogMessage(MessageImportance.Normal, $"Containerize: wrote {DockerfileFullPath} ({result.Images!.RuntimeImage}, build context {context}).");
        }

        // What the engine receives stays what the Dockerfile copies: BuildKit and our image build read <Dockerfile>.dockerignore.
        WriteOurs(DockerfileFullPath + ".dockerignore", DockerfileGenerator.GenerateAllowList(facts));
        if (WriteDockerignore)
        {
            WriteOurs(Path.Combine(context, ".dockerignore"), DockerfileGenerator.GenerateDockerignore());
        }

        return !Log.HasLoggedErrors;
    }

    private void WriteOurs(string path, string content)
    {
        if (File.Exists(path) && !GeneratedFiles.HasMarker(File.ReadAllText(path)))
        {
            Log.LogMessage(MessageImportance.Low, $"Containerize: '{path}' is the user's (no marker line); left as it is.");
            return;
        }

        WriteIfChanged(path, content);
    }

    /// <summary>The folder <paramref name="to"/> as seen from <paramref name="from"/>, with '/' (<c>.</c>, <c>../..</c>).</summary>
    private static string RelativeFolder(string from, string to)
    {
        var a = Path.GetFullPath(from).Replace('\\', '/').TrimEnd('/').Split('/');
        var b = Path.GetFullPath(to).Replace('\\', '/').TrimEnd('/').Split('/');
        var common = 0;
        while (common < a.Length && common < b.Length && string.Equals(a[common], b[common], StringComparison.Ordinal))
        {
            common++;
        }

        var parts = Enumerable.Repeat("..", a.Length - common).Concat(b.Skip(common)).ToList();
        return parts.Count == 0 ? "." : string.Join("/", parts);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;

    /// <summary>Writes through a temporary file (parallel project builds may share the .dockerignore); false when unchanged.</summary>
    private static bool WriteIfChanged(string path, string content)
    {
        if (File.Exists(path) && string.Equals(File.ReadAllText(path), content, StringComparison.Ordinal))
        {
            return false;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllText(temp, content, new System.Text.UTF8Encoding(false));
        if (File.Exists(path))
        {
            File.Replace(temp, path, null);
        }
        else
        {
            File.Move(temp, path);
        }

        return true;
    }
}
