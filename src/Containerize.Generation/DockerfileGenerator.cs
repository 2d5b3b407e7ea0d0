using System.Globalization;
using System.Text;
using Containerize.Dockerfiles;

namespace Containerize.Generation;

/// <summary>
/// Project facts → a multi-stage Dockerfile: a build stage on the SDK image that restores from project files
/// first (a layer code changes do not invalidate) and then publishes, and a distroless runtime stage that
/// receives the publish output in two layers, package dependencies first and the app's own files last.
/// Deterministic: the same facts give byte-identical text.
/// </summary>
public static class DockerfileGenerator
{
    /// <summary>Where the publish step leaves the two layers inside the build stage.</summary>
    public const string LayersDirectory = "/app/layers";

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
                diagnostics.Add(new GenerationDiagnostic(
                    GenerationDiagnosticIds.MultiTargetingWithoutChoice,
                    $"The project targets several frameworks ('{string.Join(";", facts.TargetFrameworks)}'); a container runs one. Set ContainerizeTargetFramework to the one to publish, e.g. <ContainerizeTargetFramework>{facts.TargetFrameworks.Last()}</ContainerizeTargetFramework>."));
                return new GenerationResult(null, null, diagnostics);
            }

            tfm = facts.TargetFrameworks.FirstOrDefault() ?? string.Empty;
        }

        var rid = RuntimeIdentifier(facts, diagnostics);
        foreach (var port in facts.Ports)
        {
            if (!IsValidPort(port))
            {
                diagnostics.Add(new GenerationDiagnostic(
                    GenerationDiagnosticIds.InvalidPort,
                    $"ContainerPort '{port}' is not a port number (1-65535, optionally /tcp or /udp). Fix the ContainerPort item."));
            }
        }

        var images = ImageSelector.Select(facts, tfm, diagnostics);
        if (images is null || diagnostics.Any(d => d.IsError))
        {
            return new GenerationResult(null, images, diagnostics);
        }

        var text = Write(facts, tfm, multiTargeted, rid, images);
        return new GenerationResult(text, images, diagnostics);
    }

    /// <summary>The .dockerignore for the build context: build outputs, VCS and IDE folders stay out.</summary>
    public static string GenerateDockerignore()
    {
        var sb = new StringBuilder();
        sb.Append(GeneratedFiles.MarkerPrefix).Append(": keeps build outputs, VCS and IDE files out of the build context.\n");
        sb.Append("# To take this file over, delete this line: Containerize.Sdk then leaves it alone.\n");
        foreach (var pattern in new[]
        {
            "**/bin", "**/obj", "**/.git", "**/.vs", "**/.vscode", "**/.idea", "**/node_modules", "**/TestResults",
            "**/*.user", "**/*.swp", "**/.DS_Store", "artifacts/bin", "artifacts/obj", "artifacts/publish",
        })
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
                GenerationDiagnosticIds.UnsupportedRuntimeIdentifier,
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
        b.BlankLine();

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
        // The user's NuGet credentials arrive as a secret file in NuGet's user-level config place, for this RUN only.
        var restoreMounts = facts.BuildKit && facts.NuGetSecret
            ? cache.Concat(new[] { $"mount=type=secret,id={NuGetConfigSecretId},target={NuGetConfigSecretTarget}" }).ToArray()
            : cache;
        b.Run($"dotnet restore {project}{ridArgument} -p:ContainerizeGenerateDockerfile=false", restoreMounts);

        b.Comment("Then the sources, and publish.");
        foreach (var dir in TopLevel(facts.SourceDirectories))
        {
            CopyFromContext(b, new[] { dir == "." ? "." : dir + "/" }, dir == "." ? "./" : dir + "/", link);
        }

        var publish = new StringBuilder($"dotnet publish {project} -c {facts.Configuration} --no-restore -o /app/publish");
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

        publish.Append(" -p:ContainerizeGenerateDockerfile=false -p:ContainerizeLayersDirectory=").Append(LayersDirectory);
        b.Run(publish.ToString(), cache);
        b.BlankLine();

        b.From(images.RuntimeImage);
        b.Workdir("/app");
        b.Comment("Package dependencies first, the app's own files last: a code change replaces only the last layer.");
        b.Copy(new[] { LayersDirectory + "/dependencies/" }, "./", from: "build", link: link);
        b.Copy(new[] { LayersDirectory + "/app/" }, "./", from: "build", link: link);

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

        environment.AddRange(facts.EnvironmentVariables);
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
            labels.RemoveAll(l => l.Key == label.Key);
            labels.Add(label);
        }

        if (labels.Count > 0)
        {
            b.Label(labels);
        }

        b.User(string.IsNullOrWhiteSpace(facts.User) ? "$APP_UID" : facts.User!.Trim());
        if (selfContained)
        {
            b.Entrypoint("./" + facts.AssemblyName);
        }
        else
        {
            b.Entrypoint("dotnet", facts.AssemblyName + ".dll");
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
            labels.Add(new KeyValuePair<string, string>(key, value!.Trim()));
        }
    }

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
