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

    public string? ContextDirectory { get; set; }

    public string? DockerfilePath { get; set; }

    public string? DockerignorePath { get; set; }

    public bool WriteDockerignore { get; set; } = true;

    public string? AssemblyName { get; set; }

    public string? TargetFramework { get; set; }

    public string? TargetFrameworks { get; set; }

    public bool IsWeb { get; set; }

    public bool SelfContained { get; set; }

    public string? RuntimeIdentifier { get; set; }

    public bool PublishTrimmed { get; set; }

    public bool PublishAot { get; set; }

    public bool InvariantGlobalization { get; set; }

    public ITaskItem[] ContainerPort { get; set; } = Array.Empty<ITaskItem>();

    public ITaskItem[] ContainerEnvironmentVariable { get; set; } = Array.Empty<ITaskItem>();

    public ITaskItem[] ContainerLabel { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>Extra files restore needs that are not found automatically (e.g. imported .props).</summary>
    public ITaskItem[] AdditionalRestoreFiles { get; set; } = Array.Empty<ITaskItem>();

    public string? ContainerUser { get; set; }

    public string? ImageRegistry { get; set; }

    public string? BaseImage { get; set; }

    public string? MicrosoftBaseImage { get; set; }

    public string? SdkImage { get; set; }

    public bool BuildKit { get; set; }

    /// <summary>ContainerizeDockerfileSyntax: the frontend image of a <c># syntax=</c> line (none when empty).</summary>
    public string? DockerfileSyntax { get; set; }

    /// <summary>NuGet has credentials for the project's sources (FindNuGetCredentials): mount them on restore.</summary>
    public bool NuGetSecret { get; set; }

    public string? Configuration { get; set; }

    public string? Version { get; set; }

    public string? Description { get; set; }

    public string? RepositoryUrl { get; set; }

    public string? SourceRevisionId { get; set; }

    public string? SdkVersion { get; set; }

    [Output]
    public string? ContextFullPath { get; set; }

    [Output]
    public string? DockerfileFullPath { get; set; }

    [Output]
    public bool DockerfileIsUserOwned { get; set; }

    public override bool Execute()
    {
        var projectDirectory = Path.GetDirectoryName(Path.GetFullPath(ProjectFullPath))!;
        var context = BuildContext.Resolve(ProjectFullPath, ContextDirectory);
        ContextFullPath = context;
        DockerfileFullPath = Path.GetFullPath(Path.Combine(projectDirectory, string.IsNullOrWhiteSpace(DockerfilePath) ? "Dockerfile" : DockerfilePath!));
        if (BuildContext.Relative(context, ProjectFullPath) is null)
        {
            Log.LogError(null, GenerationDiagnosticIds.ContextDoesNotContainProject, null, ProjectFullPath, 0, 0, 0, 0,
                $"ContainerizeContextDirectory '{context}' does not contain the project '{ProjectFullPath}'. Point it at a folder above the project.");
            return false;
        }

        if (File.Exists(DockerfileFullPath) && !GeneratedFiles.HasMarker(File.ReadAllText(DockerfileFullPath)))
        {
            DockerfileIsUserOwned = true;
            Log.LogMessage(null, GenerationDiagnosticIds.UserOwnedDockerfile, null, DockerfileFullPath, 0, 0, 0, 0, MessageImportance.High,
                $"'{DockerfileFullPath}' has no '{GeneratedFiles.MarkerPrefix}' line, so it is yours: Containerize.Sdk does not overwrite it and lints it instead. Delete it to get a generated one.");
            return true;
        }

        var facts = GatherFacts(context);
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
            Log.LogMessage(MessageImportance.Normal, $"Containerize: wrote {DockerfileFullPath} ({result.Images!.RuntimeImage}).");
        }

        if (WriteDockerignore)
        {
            var ignorePath = Path.GetFullPath(Path.Combine(context, string.IsNullOrWhiteSpace(DockerignorePath) ? ".dockerignore" : DockerignorePath!));
            if (File.Exists(ignorePath) && !GeneratedFiles.HasMarker(File.ReadAllText(ignorePath)))
            {
                Log.LogMessage(MessageImportance.Low, $"Containerize: '{ignorePath}' is the user's (no marker line); left as it is.");
            }
            else
            {
                WriteIfChanged(ignorePath, DockerfileGenerator.GenerateDockerignore());
            }
        }

        return !Log.HasLoggedErrors;
    }

    private ProjectFacts GatherFacts(string context)
    {
        var closure = BuildContext.ProjectClosure(ProjectFullPath, message => Log.LogWarning(message));
        var restoreFiles = new List<string>();
        var sourceDirectories = new List<string>();
        foreach (var project in closure)
        {
            var projectDirectory = BuildContext.Relative(context, Path.GetDirectoryName(project)!);
            if (projectDirectory is null)
            {
                Log.LogWarning(null, GenerationDiagnosticIds.ReferenceOutsideContext, null, ProjectFullPath, 0, 0, 0, 0,
                    $"The referenced project '{project}' is outside the build context '{context}', so the container build cannot see it. Set ContainerizeContextDirectory to a folder above both.");
                continue;
            }

            sourceDirectories.Add(projectDirectory);
            foreach (var file in BuildContext.RestoreFilesFor(project, context))
            {
                var relative = BuildContext.Relative(context, file);
                if (relative is not null)
                {
                    restoreFiles.Add(relative);
                }
            }
        }

        var restoreDirectories = new List<string>();
        foreach (var config in restoreFiles.Where(f => string.Equals(Path.GetFileName(f), "nuget.config", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            foreach (var feed in BuildContext.LocalFeeds(Path.Combine(context, config)))
            {
                var relative = BuildContext.Relative(context, feed);
                if (relative is null)
                {
                    Log.LogWarning(null, GenerationDiagnosticIds.ReferenceOutsideContext, null, Path.Combine(context, config), 0, 0, 0, 0,
                        $"The package source '{feed}' is outside the build context '{context}', so the container's restore cannot read it. Move the feed inside the context or set ContainerizeContextDirectory.");
                }
                else if (relative.Length > 0)
                {
                    restoreDirectories.Add(relative);
                }
            }
        }

        foreach (var extra in AdditionalRestoreFiles)
        {
            var relative = BuildContext.Relative(context, extra.GetMetadata("FullPath"));
            if (relative is not null)
            {
                restoreFiles.Add(relative);
            }
        }

        return new ProjectFacts
        {
            ProjectFile = BuildContext.Relative(context, ProjectFullPath) ?? Path.GetFileName(ProjectFullPath),
            AssemblyName = string.IsNullOrWhiteSpace(AssemblyName) ? Path.GetFileNameWithoutExtension(ProjectFullPath) : AssemblyName!,
            TargetFramework = TargetFramework ?? string.Empty,
            TargetFrameworks = (TargetFrameworks ?? string.Empty).Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim()).Where(t => t.Length > 0).ToArray(),
            IsWeb = IsWeb,
            SelfContained = SelfContained,
            RuntimeIdentifier = RuntimeIdentifier,
            PublishTrimmed = PublishTrimmed,
            PublishAot = PublishAot,
            InvariantGlobalization = InvariantGlobalization,
            RestoreFiles = restoreFiles,
            RestoreDirectories = restoreDirectories,
            SourceDirectories = sourceDirectories,
            Ports = ContainerPort.Select(p => p.ItemSpec + (string.Equals(p.GetMetadata("Type"), "udp", StringComparison.OrdinalIgnoreCase) ? "/udp" : string.Empty)).ToArray(),
            EnvironmentVariables = ValuePairs(ContainerEnvironmentVariable),
            Labels = ValuePairs(ContainerLabel),
            User = ContainerUser,
            ImageRegistry = ImageRegistry,
            BaseImage = BaseImage,
            MicrosoftBaseImage = MicrosoftBaseImage,
            SdkImage = SdkImage,
            BuildKit = BuildKit,
            DockerfileSyntax = string.IsNullOrWhiteSpace(DockerfileSyntax) ? null : DockerfileSyntax,
            NuGetSecret = NuGetSecret,
            Configuration = string.IsNullOrWhiteSpace(Configuration) ? "Release" : Configuration!,
            Version = Version,
            Description = Description,
            RepositoryUrl = RepositoryUrl,
            SourceRevisionId = SourceRevisionId,
            SdkVersion = SdkVersion,
        };
    }

    /// <summary>Items of Microsoft's <c>Include="NAME" Value="…"</c> shape (ContainerEnvironmentVariable, ContainerLabel).</summary>
    private static KeyValuePair<string, string>[] ValuePairs(ITaskItem[] items) =>
        items.Select(e => new KeyValuePair<string, string>(e.ItemSpec, e.GetMetadata("Value"))).ToArray();

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
