using Containerize.Diagnostics;
using System.Globalization;
using System.Text;
using Containerize.Dockerfiles;

namespace Containerize.Generation;

/// <summary>
/// Project facts → a multi-stage Dockerfile: a build stage on the SDK image that restores from project files
/// first (a layer code changes do not invalidate) and then publishes, and a distroless runtime stage that
/// receives the publish output in layers by how often they change, the app's own files last.
/// Deterministic: the same facts give byte-identical text.
/// </summary>
public static class DockerfileGenerator
{
    /// <summary>Where the publish step leaves the layer folders inside the build stage.</summary>
    public const string LayersDirectory = PublishLayers.Directory;

    /// <summary>Build outputs, VCS and IDE files: never part of a build context.</summary>
    private static readonly string[] OutputPatterns =
    {
        "**/bin", "**/obj", "**/.git", "**/.vs", "**/.vscode", "**/.idea", "**/node_modules", "**/TestResults",
        "**/*.user", "**/*.swp", "**/.DS_Store", "artifacts/bin", "artifacts/obj", "artifacts/publish",
    };

    /// <summary>The BuildKit secret that carries NuGet credentials to the restore (a NuGet.Config of packageSourceCredentials).</summary>
    public const string NuGetConfigSecretId = "nuget-config";

    /// <summary>Where the restore finds it: NuGet's user-level config of the build stage's root user.</summary>
    public const string NuGetConfigSecretTarget = "/root/.nuget/NuGet/NuGet.Config";

    public static GenerationResult Generate(ProjectFacts facts)
    {
        var diagnostics = new List<GenerationDiagnostic>();
        var multiTargeted = facts.TargetFrameworks.Count > 1;
        var tfm = facts.TargetFramework;
        if (string.IsNullOrWhiteSpace(tfm))
        {
            if (multiTargeted)
            {
                tfm = ImageSelector.PreferredTargetFramework(facts.TargetFrameworks) ?? string.Empty;
                if (tfm.Length == 0)
                {
                    diagnostics.Add(MultiTargetingWithoutImages(facts.TargetFrameworks));
                    return new GenerationResult(null, null, diagnostics);
                }
            }

            tfm = facts.TargetFrameworks.FirstOrDefault() ?? string.Empty;
        }

        var rid = RuntimeIdentifier(facts, diagnostics);
        foreach (var port in facts.Ports)
        {
            if (!IsValidPort(port))
            {
                diagnostics.Add(new GenerationDiagnostic(
                    DiagnosticCatalog.InvalidPort.Id,
                    $"ContainerPort '{port}' is not a port number (1-65535, optionally /tcp or /udp). Fix the ContainerPort item."));
            }
        }

        foreach (var variable in facts.EnvironmentVariables)
        {
            if (!DockerfileValues.IsEnvironmentName(variable.Key))
            {
                diagnostics.Add(new GenerationDiagnostic(
                    DiagnosticCatalog.InvalidEnvironmentVariableName.Id,
                    $"ContainerEnvironmentVariable '{variable.Key}' is not a variable name (letters, digits and '_', not starting with a digit). Fix the item's Include."));
            }
        }

        var images = ImageSelector.Select(facts, tfm, diagnostics, "${" + ImageSelector.RegistryArgument + "}");
        if (images is null || diagnostics.Any(d => d.IsError))
        {
            return new GenerationResult(null, images, diagnostics);
        }

        var text = Write(facts, tfm, multiTargeted, rid, images);
        return new GenerationResult(text, images, diagnostics);
    }

    /// <summary>CTZ2002: none of a multi-targeted project's frameworks has .NET container images.</summary>
    public static GenerationDiagnostic MultiTargetingWithoutImages(IEnumerable<string> targetFrameworks) => new(
        DiagnosticCatalog.MultiTargetingWithoutChoice.Id,
        $"None of the project's target frameworks ('{string.Join(";", targetFrameworks)}') has .NET container images. Set ContainerizeTargetFramework to the one to publish, with ContainerizeBaseImage and ContainerizeSdkImage.");

    /// <summary>The .dockerignore for the build context: build outputs, VCS and IDE folders stay out.</summary>
    public static string GenerateDockerignore()
    {
        var sb = new StringBuilder();
        sb.Append(GeneratedFiles.MarkerPrefix).Append(": keeps build outputs, VCS and IDE files out of the build context.\n");
        sb.Append("# To take this file over, delete this line: Containerize.Sdk then leaves it alone.\n");
        foreach (var pattern in OutputPatterns)
        {
            sb.Append(pattern).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>
    /// The per-Dockerfile ignore file (<c>&lt;Dockerfile&gt;.dockerignore</c>, which BuildKit and the SDK's image build read
    /// instead of the context's): everything out, then back in exactly what the Dockerfile copies, build outputs out again.
    /// </summary>
    public static string GenerateAllowList(ProjectFacts facts)
    {
        var sb = new StringBuilder();
        sb.Append(GeneratedFiles.MarkerPrefix).Append(": the build context holds only what the Dockerfile beside it copies.\n");
        sb.Append("# To take this file over, delete this line: Containerize.Sdk then leaves it alone.\n");
        sb.Append("*\n");
        var paths = facts.RestoreFiles.Concat(facts.RestoreDirectories).Concat(facts.SourceDirectories).Concat(facts.SourceFiles)
            .Select(p => p.TrimEnd('/')).Select(p => p.Length == 0 ? "." : p);
        var kept = TopLevel(paths).ToList();
        if (kept.Contains("."))
        {
            sb.Append("!.\n");
        }
        else
        {
            foreach (var path in kept)
            {
                sb.Append('!').Append(path).Append('\n');
            }
        }

        foreach (var pattern in OutputPatterns)
        {
            sb.Append(pattern).Append('\n');
        }

        return sb.ToString();
    }

    private static string? RuntimeIdentifier(ProjectFacts facts, List<GenerationDiagnostic> diagnostics)
    {
        if (!facts.SelfContained && !facts.PublishAot)
        {
            return null;
        }

        var rid = string.IsNullOrWhiteSpace(facts.RuntimeIdentifier) ? "linux-x64" : facts.RuntimeIdentifier!.Trim();
        if (!rid.StartsWith("linux-", StringComparison.Ordinal))
        {
            diagnostics.Add(new GenerationDiagnostic(
                DiagnosticCatalog.UnsupportedRuntimeIdentifier.Id,
                $"RuntimeIdentifier '{rid}' does not run in a Linux container. Use linux-x64 or linux-arm64 (linux-musl-* needs an Alpine base image via ContainerizeBaseImage)."));
        }

        return rid;
    }

    private static bool IsValidPort(string port)
    {
        var number = port.Split('/')[0];
        var protocol = port.Contains('/') ? port.Substring(port.IndexOf('/') + 1) : "tcp";
        return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is > 0 and < 65536
            && protocol is "tcp" or "udp";
    }

    private static string Write(ProjectFacts facts, string tfm, bool multiTargeted, string? rid, ImageChoice images)
    {
        var b = new DockerfileBuilder();
        // No syntax line unless asked: the engine's built-in frontend builds the file without a registry. COPY --link
        // needs a frontend newer than some engines build in (Docker 20.10's refuses it), so only with a syntax line.
        if (facts.BuildKit && !string.IsNullOrWhiteSpace(facts.DockerfileSyntax))
        {
            b.Directive("syntax", facts.DockerfileSyntax!.Trim());
        }

        var link = facts.BuildKit && !string.IsNullOrWhiteSpace(facts.DockerfileSyntax);

        var sdkVersion = string.IsNullOrEmpty(facts.SdkVersion) ? string.Empty : " " + facts.SdkVersion;
        b.Line($"{GeneratedFiles.MarkerPrefix}{sdkVersion} from {facts.ProjectFile}; regenerated when the project changes.");
        b.Comment("To take this file over, delete the line above: Containerize.Sdk then leaves the file alone and lints it.");
        if (!string.IsNullOrEmpty(facts.ContextFromDockerfile))
        {
            var dockerfile = string.IsNullOrEmpty(facts.DockerfileInContext) ? "Dockerfile" : facts.DockerfileInContext!;
            b.Comment($"Build context: {facts.ContextFromDockerfile} from this folder (from the context: docker build -f {dockerfile} --build-arg {ImageSelector.RegistryArgument} .).");
        }

        b.BlankLine();
        var registry = string.IsNullOrWhiteSpace(facts.ImageRegistry) ? ImageSelector.DefaultRegistry : facts.ImageRegistry!.Trim().TrimEnd('/');
        b.Arg(ImageSelector.RegistryArgument, registry);

        var project = Quote(facts.ProjectFile);
        var selfContained = facts.SelfContained || facts.PublishAot;
        b.From(images.SdkImage, "build", facts.BuildKit ? "$BUILDPLATFORM" : null);
        if (facts.BuildKit)
        {
            b.Arg("TARGETARCH");
        }

        b.Workdir("/src");
        b.Comment("Restore from the project files alone, so code changes reuse this layer.");
        foreach (var dir in TopLevel(facts.RestoreDirectories))
        {
            CopyFromContext(b, new[] { dir + "/" }, dir + "/", link);
        }

        foreach (var group in facts.RestoreFiles.Distinct(StringComparer.Ordinal).OrderBy(f => f, StringComparer.Ordinal).GroupBy(Directory))
        {
            CopyFromContext(b, group.ToList(), group.Key.Length == 0 ? "./" : group.Key + "/", link);
        }

        var ridArgument = facts.BuildKit && selfContained && string.IsNullOrWhiteSpace(facts.RuntimeIdentifier)
            ? " -a $TARGETARCH"
            : rid is null ? string.Empty : " -r " + rid;
        var cache = facts.BuildKit ? new[] { "mount=type=cache,id=nuget,target=/root/.nuget/packages" } : Array.Empty<string>();
        var restoreProperties = RestoreProperties(facts);
        // The user's NuGet credentials arrive as a secret file in NuGet's user-level config place, for this RUN only.
        var restoreMounts = facts.BuildKit && facts.NuGetSecret
            ? cache.Concat(new[] { $"mount=type=secret,id={NuGetConfigSecretId},target={NuGetConfigSecretTarget}" }).ToArray()
            : cache;
        b.Run($"dotnet restore {project}{ridArgument}{restoreProperties}", restoreMounts);

        b.Comment("Then the build's inputs (the project folders and the files they read from elsewhere), and publish.");
        var sourceDirectories = TopLevel(facts.SourceDirectories).ToList();
        foreach (var dir in sourceDirectories)
        {
            CopyFromContext(b, new[] { dir == "." ? "." : dir + "/" }, dir == "." ? "./" : dir + "/", link);
        }

        var outsideFiles = facts.SourceFiles.Distinct(StringComparer.Ordinal)
            .Where(f => !sourceDirectories.Any(d => d == "." || f.StartsWith(d + "/", StringComparison.Ordinal)))
            .OrderBy(f => f, StringComparer.Ordinal);
        foreach (var group in outsideFiles.GroupBy(Directory))
        {
            CopyFromContext(b, group.ToList(), group.Key.Length == 0 ? "./" : group.Key + "/", link);
        }

        var publish = new StringBuilder($"dotnet publish {project} -c {facts.Configuration} --no-restore -o /app/publish{restoreProperties}");
        if (multiTargeted)
        {
            publish.Append(" -f ").Append(tfm);
        }

        if (selfContained)
        {
            publish.Append(ridArgument).Append(" --self-contained true");
        }
        else
        {
            publish.Append(" -p:UseAppHost=false");
        }

        if (facts.PublishAot)
        {
            publish.Append(" -p:CopyOutputSymbolsToPublishDirectory=false");
        }

        // ContainerizeLayersDirectory tells the SDK it runs inside the container: nothing of ours runs but the layer split.
        publish.Append(" -p:ContainerizeLayersDirectory=").Append(LayersDirectory);
        b.Run(publish.ToString(), cache);
        b.BlankLine();

        b.From(images.RuntimeImage);
        b.Workdir(DockerfileValues.Path(string.IsNullOrWhiteSpace(facts.WorkingDirectory) ? "/app" : facts.WorkingDirectory!));
        b.Comment("Layers by how often they change: packages, static web content, project references, the app's own output last.");
        foreach (var layer in PublishLayers.InCopyOrder)
        {
            b.Copy(new[] { LayersDirectory + "/" + PublishLayers.FolderName(layer) + "/" }, "./", from: "build", link: link);
        }

        var ports = facts.Ports.Count > 0 ? facts.Ports : facts.IsWeb ? new[] { "8080" } : Array.Empty<string>();
        if (ports.Count > 0)
        {
            b.Expose(ports);
        }

        var environment = new List<KeyValuePair<string, string>>();
        if (facts.IsWeb && ports.Count > 0 && !(ports.Count == 1 && ports[0].Split('/')[0] == "8080")
            && !facts.EnvironmentVariables.Any(e => e.Key is "ASPNETCORE_HTTP_PORTS" or "ASPNETCORE_URLS"))
        {
            environment.Add(new KeyValuePair<string, string>("ASPNETCORE_HTTP_PORTS", string.Join(";", ports.Where(p => !p.EndsWith("/udp", StringComparison.Ordinal)).Select(p => p.Split('/')[0]))));
        }

        environment.AddRange(facts.EnvironmentVariables.Select(e => new KeyValuePair<string, string>(e.Key, DockerfileValues.SingleLine(e.Value))));
        if (environment.Count > 0)
        {
            b.Env(environment);
        }

        var labels = new List<KeyValuePair<string, string>>();
        AddLabel(labels, "org.opencontainers.image.title", facts.AssemblyName);
        AddLabel(labels, "org.opencontainers.image.version", facts.Version);
        AddLabel(labels, "org.opencontainers.image.description", facts.Description);
        AddLabel(labels, "org.opencontainers.image.source", facts.RepositoryUrl);
        AddLabel(labels, "org.opencontainers.image.revision", facts.SourceRevisionId);
        foreach (var label in facts.Labels)
        {
            var key = DockerfileValues.SingleLine(label.Key).Trim();
            labels.RemoveAll(l => l.Key == key);
            labels.Add(new KeyValuePair<string, string>(key, DockerfileValues.SingleLine(label.Value)));
        }

        if (labels.Count > 0)
        {
            b.Label(labels);
        }

        b.User(string.IsNullOrWhiteSpace(facts.User) ? "$APP_UID" : DockerfileValues.SingleLine(facts.User!).Trim());
        var command = facts.AppCommand.Count > 0
            ? facts.AppCommand.ToList()
            : selfContained ? new List<string> { "./" + facts.AssemblyName } : new List<string> { "dotnet", facts.AssemblyName + ".dll" };
        command.AddRange(facts.AppCommandArgs);
        b.Entrypoint(command.ToArray());
        if (facts.DefaultArgs.Count > 0)
        {
            b.Cmd(facts.DefaultArgs.ToArray());
        }

        return b.ToString();
    }

    private static void CopyFromContext(DockerfileBuilder b, IReadOnlyList<string> sources, string destination, bool link)
    {
        b.Copy(sources, destination, link: link);
    }

    private static void AddLabel(List<KeyValuePair<string, string>> labels, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            labels.Add(new KeyValuePair<string, string>(key, DockerfileValues.SingleLine(value!).Trim()));
        }
    }

    /// <summary><c> -p:Name=Value</c> for each restore property, quoted for the shell of the RUN step.</summary>
    private static string RestoreProperties(ProjectFacts facts) =>
        string.Concat(facts.RestoreProperties.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => " " + DockerfileValues.ShellWord("-p:" + p.Key + "=" + p.Value)));

    private static string Directory(string path)
    {
        var slash = path.LastIndexOf('/');
        return slash < 0 ? string.Empty : path.Substring(0, slash);
    }

    /// <summary>Folders sorted, without those inside another listed folder (copying the parent covers them).</summary>
    private static IEnumerable<string> TopLevel(IEnumerable<string> directories)
    {
        var sorted = directories.Select(d => d.TrimEnd('/')).Select(d => d.Length == 0 ? "." : d).Distinct(StringComparer.Ordinal).OrderBy(d => d, StringComparer.Ordinal).ToList();
        if (sorted.Contains("."))
        {
            // The project sits at the context root: its folder is the whole context (.dockerignore keeps outputs out).
            return new[] { "." };
        }

        var kept = new List<string>();
        foreach (var dir in sorted)
        {
            if (!kept.Any(k => dir.StartsWith(k + "/", StringComparison.Ordinal)))
            {
                kept.Add(dir);
            }
        }

        return kept;
    }

    private static string Quote(string path) => path.Any(c => c is ' ' or '"' or '\'' or '$' or '`' or '\\') ? "\"" + path.Replace("\"", "\\\"") + "\"" : path;
}
