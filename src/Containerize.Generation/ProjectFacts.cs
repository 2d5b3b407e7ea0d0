namespace Containerize.Generation;

/// <summary>What the generator needs to know about a project; every path is relative to the build context, with '/'.</summary>
public sealed class ProjectFacts
{
    /// <summary>The project file, e.g. <c>src/Api/Api.csproj</c>.</summary>
    public string ProjectFile { get; set; } = string.Empty;

    public string AssemblyName { get; set; } = string.Empty;

    /// <summary>The target framework to publish (<c>net10.0</c>).</summary>
    public string TargetFramework { get; set; } = string.Empty;

    /// <summary>All target frameworks when the project multi-targets (<c>TargetFrameworks</c>).</summary>
    public IReadOnlyList<string> TargetFrameworks { get; set; } = Array.Empty<string>();

    public bool IsWeb { get; set; }

    public bool SelfContained { get; set; }

    /// <summary>The project's RuntimeIdentifier, if it sets one.</summary>
    public string? RuntimeIdentifier { get; set; }

    public bool PublishTrimmed { get; set; }

    public bool PublishAot { get; set; }

    public bool InvariantGlobalization { get; set; }

    /// <summary>Files restore needs: project files of the ProjectReference closure, Directory.Build.*, NuGet.config….</summary>
    public IReadOnlyList<string> RestoreFiles { get; set; } = Array.Empty<string>();

    /// <summary>Local package folders that NuGet.config names inside the context (copied before restore).</summary>
    public IReadOnlyList<string> RestoreDirectories { get; set; } = Array.Empty<string>();

    /// <summary>Folders holding the sources of the projects in the closure.</summary>
    public IReadOnlyList<string> SourceDirectories { get; set; } = Array.Empty<string>();

    /// <summary>Files outside every project folder that the build reads (linked sources, keys, .editorconfig…).</summary>
    public IReadOnlyList<string> SourceFiles { get; set; } = Array.Empty<string>();

    /// <summary>
    /// Properties whose host value evaluation derives from items the container's restore cannot see (it restores
    /// from project files alone), passed to the container's restore and publish, e.g. <c>RequiresAspNetWebAssets</c>.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> RestoreProperties { get; set; } = Array.Empty<KeyValuePair<string, string>>();

    /// <summary>The build context as seen from the Dockerfile's folder (<c>../..</c>), named in the header.</summary>
    public string? ContextFromDockerfile { get; set; }

    /// <summary>The Dockerfile's path inside the context (<c>src/Api/Dockerfile</c>), named in the header.</summary>
    public string? DockerfileInContext { get; set; }

    public IReadOnlyList<string> Ports { get; set; } = Array.Empty<string>();

    public IReadOnlyList<KeyValuePair<string, string>> EnvironmentVariables { get; set; } = Array.Empty<KeyValuePair<string, string>>();

    public IReadOnlyList<KeyValuePair<string, string>> Labels { get; set; } = Array.Empty<KeyValuePair<string, string>>();

    /// <summary>Microsoft's ContainerUser; empty: the image's non-root <c>$APP_UID</c>.</summary>
    public string? User { get; set; }

    /// <summary>
    /// The default of the <c>ContainerizeImageRegistry</c> build argument (empty: <c>mcr.microsoft.com/dotnet</c>); only
    /// a value the project itself sets belongs here, never the environment of the machine that writes the file.
    /// </summary>
    public string? ImageRegistry { get; set; }

    /// <summary>Microsoft's ContainerFamily: the tag suffix of the .NET images (<c>noble-chiseled</c>, <c>alpine</c>, <c>azurelinux3.0-distroless</c>).</summary>
    public string? Family { get; set; }

    /// <summary>Microsoft's ContainerAppCommand: replaces the entrypoint's command (<c>dotnet App.dll</c> or <c>./App</c>).</summary>
    public IReadOnlyList<string> AppCommand { get; set; } = Array.Empty<string>();

    /// <summary>Microsoft's ContainerAppCommandArgs: arguments the entrypoint always gets.</summary>
    public IReadOnlyList<string> AppCommandArgs { get; set; } = Array.Empty<string>();

    /// <summary>Microsoft's ContainerDefaultArgs: the CMD, arguments a <c>docker run</c> can replace.</summary>
    public IReadOnlyList<string> DefaultArgs { get; set; } = Array.Empty<string>();

    /// <summary>Microsoft's ContainerWorkingDirectory: where the app lives and runs (default <c>/app</c>).</summary>
    public string? WorkingDirectory { get; set; }

    public string? BaseImage { get; set; }

    /// <summary>Microsoft's ContainerBaseImage, read so projects set up for PublishContainer carry over.</summary>
    public string? MicrosoftBaseImage { get; set; }

    public string? SdkImage { get; set; }

    public bool BuildKit { get; set; }

    public string Configuration { get; set; } = "Release";

    public string? Version { get; set; }

    public string? Description { get; set; }

    public string? RepositoryUrl { get; set; }

    public string? SourceRevisionId { get; set; }

    /// <summary>The Containerize.Sdk version, named in the marker line.</summary>
    public string? SdkVersion { get; set; }

    /// <summary>
    /// The facts the SDK's <c>_ContainerizeProjectFact</c> items carry (names as in Containerize.Sdk.targets); a name
    /// this version does not know is reported in <paramref name="unknown"/>. Paths and the model's file lists are
    /// not facts: they come from the project model.
    /// </summary>
    public static ProjectFacts Read(IEnumerable<ProjectFactValue> values, ICollection<string>? unknown = null)
    {
        var facts = new ProjectFacts();
        var ports = new List<string>();
        var environment = new List<KeyValuePair<string, string>>();
        var labels = new List<KeyValuePair<string, string>>();
        var restoreProperties = new List<KeyValuePair<string, string>>();
        var appCommand = new List<string>();
        var appCommandArgs = new List<string>();
        var defaultArgs = new List<string>();
        foreach (var fact in values)
        {
            var value = fact.Value ?? string.Empty;
            var text = string.IsNullOrWhiteSpace(value) ? null : value;
            switch (fact.Name)
            {
                case "AssemblyName": facts.AssemblyName = value.Trim(); break;
                case "TargetFramework": facts.TargetFramework = value.Trim(); break;
                case "TargetFrameworks": facts.TargetFrameworks = List(value); break;
                case "IsWeb": facts.IsWeb = IsTrue(value); break;
                case "SelfContained": facts.SelfContained = IsTrue(value); break;
                case "RuntimeIdentifier": facts.RuntimeIdentifier = text?.Trim(); break;
                case "PublishTrimmed": facts.PublishTrimmed = IsTrue(value); break;
                case "PublishAot": facts.PublishAot = IsTrue(value); break;
                case "InvariantGlobalization": facts.InvariantGlobalization = IsTrue(value); break;
                case "Port": if (text is not null) { ports.Add(text.Trim()); } break;
                case "EnvironmentVariable": environment.Add(new KeyValuePair<string, string>(fact.Key ?? string.Empty, value)); break;
                case "Label": labels.Add(new KeyValuePair<string, string>(fact.Key ?? string.Empty, value)); break;
                case "RestoreProperty": restoreProperties.Add(new KeyValuePair<string, string>(fact.Key ?? string.Empty, value.Trim())); break;
                case "User": facts.User = text; break;
                case "ImageRegistry": facts.ImageRegistry = text?.Trim(); break;
                case "BaseImage": facts.BaseImage = text?.Trim(); break;
                case "MicrosoftBaseImage": facts.MicrosoftBaseImage = text?.Trim(); break;
                case "SdkImage": facts.SdkImage = text?.Trim(); break;
                case "Family": facts.Family = text?.Trim(); break;
                case "AppCommand": if (text is not null) { appCommand.Add(value); } break;
                case "AppCommandArgs": if (text is not null) { appCommandArgs.Add(value); } break;
                case "DefaultArgs": if (text is not null) { defaultArgs.Add(value); } break;
                case "WorkingDirectory": facts.WorkingDirectory = text?.Trim(); break;
                case "BuildKit": facts.BuildKit = IsTrue(value); break;
                case "Configuration": facts.Configuration = text?.Trim() ?? "Release"; break;
                case "Version": facts.Version = text; break;
                case "Description": facts.Description = text; break;
                case "RepositoryUrl": facts.RepositoryUrl = text; break;
                case "SourceRevisionId": facts.SourceRevisionId = text; break;
                case "SdkVersion": facts.SdkVersion = text?.Trim(); break;
                default: unknown?.Add(fact.Name); break;
            }
        }

        facts.Ports = ports;
        facts.EnvironmentVariables = environment;
        facts.Labels = labels;
        facts.RestoreProperties = restoreProperties.Where(p => p.Key.Length > 0 && p.Value.Length > 0 && !string.Equals(p.Value, "false", StringComparison.OrdinalIgnoreCase)).ToArray();
        facts.AppCommand = appCommand;
        facts.AppCommandArgs = appCommandArgs;
        facts.DefaultArgs = defaultArgs;
        return facts;
    }

    private static bool IsTrue(string value) => string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    private static string[] List(string value) =>
        value.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Select(t => t.Trim()).Where(t => t.Length > 0).ToArray();
}
