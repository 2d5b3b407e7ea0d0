using Containerize.Diagnostics;
using System.Diagnostics;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Containerize.Dockerfiles;
using Containerize.Imaging.BuildKit;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Containerize.Imaging;

/// <summary>
/// Builds an image through the Docker Engine API (classic builder): the context streamed as a tar, progress into the
/// log as it happens, and every failure turned into one coded error at the Dockerfile line it belongs to.
/// </summary>
public sealed class ImageBuilder
{
    // Docker: "Step 3/8 : COPY …"; Podman (Buildah): "STEP 3/8: COPY …".
    private static readonly Regex StepLine = new(@"^(?:Step|STEP) (?<n>\d+)/(?<total>\d+) ?: (?<text>.*)$", RegexOptions.CultureInvariant);
    private readonly IBuildLog _log;

    public ImageBuilder(IBuildLog log)
    {
        _log = log;
    }

    /// <summary>A client for the endpoint; tcp:// endpoints use TLS client certificates from DOCKER_CERT_PATH when DOCKER_TLS_VERIFY is set.</summary>
    public static DockerClient CreateClient(EngineEndpoint endpoint)
    {
        var builder = new DockerClientBuilder().WithEndpoint(endpoint.Uri);
        var certPath = Environment.GetEnvironmentVariable("DOCKER_CERT_PATH");
        var verify = Environment.GetEnvironmentVariable("DOCKER_TLS_VERIFY") is { Length: > 0 } v && v != "0";
        if (endpoint.Uri.Scheme is "tcp" or "https" && (verify || !string.IsNullOrEmpty(certPath)))
        {
            var directory = string.IsNullOrEmpty(certPath) ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker") : certPath!;
            var certificates = Docker.DotNet.X509.DockerTlsCertificates.LoadFromDirectory(directory, verify, "ca.pem", "cert.pem", "key.pem");
            builder = builder.WithAuthProvider(certificates.CreateCredentials());
        }

        return builder.Build();
    }

    public async Task<BuildResult> BuildAsync(BuildRequest request, CancellationToken cancellationToken)
    {
        var result = new BuildResult();
        var endpoint = EngineEndpoint.Resolve(request.DockerHost);
        var dockerfileText = File.ReadAllText(request.DockerfilePath);
        var dockerfile = Dockerfile.Parse(dockerfileText);
        var relativeDockerfile = Relative(request.ContextDirectory, request.DockerfilePath);
        var watch = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(request.Timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        _lastDockerfile = request.ReportedDockerfilePath ?? request.DockerfilePath;
        _built = dockerfile.Instructions;
        _reported = request.ReportedInstructions;
        _request = request;
        var state = new ProgressState(this, dockerfile, watch);

        DockerClient client;
        try
        {
            client = CreateClient(endpoint);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && ex is not OperationCanceledException)
        {
            _log.Error(DiagnosticCatalog.TlsSetup.Id, request.DockerfilePath, 0, 0,
                $"Cannot set up TLS for {endpoint} from DOCKER_CERT_PATH '{Environment.GetEnvironmentVariable("DOCKER_CERT_PATH")}': {Innermost(ex).Message}. The folder needs ca.pem, cert.pem and key.pem (docker's layout), or unset DOCKER_TLS_VERIFY for a plain endpoint.");
            return result;
        }

        using var owned = client;
        BuildKitProgress? buildKit = null;
        Instruction? Current() => buildKit is null ? state.CurrentInstruction : buildKit.Current;
        int StepNow() => buildKit is null ? state.Step : buildKit.CurrentStep;
        string? buildKitError = null;
        try
        {
            var builder = await ChooseBuilderAsync(client, request, endpoint, linked.Token).ConfigureAwait(false);
            if (builder is null)
            {
                return result;
            }

            result.Builder = builder.Value;
            var entries = ContextScanner.Scan(request.ContextDirectory, ContextScanner.Load(request.ContextDirectory, request.DockerfilePath), relativeDockerfile is null ? null : new[] { relativeDockerfile });
            using var context = new TarContextStream(relativeDockerfile is null ? entries.Concat(new[] { DockerfileEntry(request.DockerfilePath) }) : entries);
            var dockerfileName = relativeDockerfile ?? Path.GetFileName(request.DockerfilePath);
            _log.Info($"Containerize: building {string.Join(", ", request.Tags)} on {endpoint} with {(builder == BuilderKind.BuildKit ? "BuildKit" : "the classic builder")} from {request.DockerfilePath}");
            if (builder == BuilderKind.BuildKit)
            {
                buildKit = new BuildKitProgress(_log, dockerfile, watch);
                SessionHost? session = null;
                if (NeedsSession(request, dockerfile))
                {
                    try
                    {
                        session = await SessionHost.StartAsync(endpoint, request.Secrets, linked.Token).ConfigureAwait(false);
                        _log.Info($"Containerize: BuildKit session {session.Id} (session host process {session.ProcessId})");
                    }
                    catch (InvalidOperationException ex)
                    {
                        _log.Error(DiagnosticCatalog.SessionFailed.Id, request.DockerfilePath, 0, 0,
                            $"The build needs a BuildKit session (secrets or registry credentials), and {ex.Message}. Without secret mounts and private base images no session is needed.");
                        return result;
                    }
                }

                using var ownedSession = session;

                var (imageId, failure) = await BuildKitBuild.RunAsync(endpoint, request, dockerfileName, context, session?.Id, buildKit, _log, linked.Token).ConfigureAwait(false);
                state.ImageId = imageId;
                buildKitError = failure;
            }
            else
            {
                var parameters = new ImageBuildParameters
                {
                    Dockerfile = dockerfileName,
                    Tags = request.Tags.ToList(),
                    BuildArgs = new Dictionary<string, string>(request.BuildArgs),
                    Target = string.IsNullOrWhiteSpace(request.Target) ? null : request.Target,
                    NetworkMode = string.IsNullOrWhiteSpace(request.Network) ? null : request.Network,
                    Remove = true,
                    ForceRemove = true,
                    NoCache = request.NoCache,
                };
                await client.Images.BuildImageFromDockerfileAsync(parameters, context, Array.Empty<AuthConfig>(), new Dictionary<string, string>(), state, linked.Token).ConfigureAwait(false);
            }

            result.ContextBytes = context.ContentBytes;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            Fail(DiagnosticCatalog.Timeout.Id, Current(), $"The image build took longer than ContainerizeBuildTimeout ({request.Timeout}) and was stopped at step {StepNow()}. Raise ContainerizeBuildTimeout, or look at the step that hangs.");
            return result;
        }
        catch (OperationCanceledException)
        {
            Fail(DiagnosticCatalog.Cancelled.Id, Current(), $"The image build was cancelled at step {StepNow()}; the engine stops it and no tag was applied.");
            return result;
        }
        catch (Exception ex) when (IsConnectionFailure(ex) && StepNow() > 0)
        {
            Fail(DiagnosticCatalog.EngineLost.Id, Current(), $"The connection to the Docker engine at {endpoint} was lost during step {StepNow()} ({Innermost(ex).Message}): the engine stopped or restarted. Start it again and rebuild; no tag was applied.");
            return result;
        }
        catch (Exception ex) when (IsConnectionFailure(ex))
        {
            _log.Error(DiagnosticCatalog.NoEngine.Id, request.DockerfilePath, 0, 0,
                $"No Docker engine answers at {endpoint} ({Innermost(ex).Message}). Start Docker (here: build/infra/start-docker.sh), point DOCKER_HOST at a running engine (unix:///…, tcp://host:2376 with DOCKER_TLS_VERIFY/DOCKER_CERT_PATH), or build without an engine: the Dockerfile is generated by dotnet build alone.");
            return result;
        }
        catch (DockerApiException ex)
        {
            Fail(DiagnosticCatalog.BuildFailed.Id, Current(), $"The engine refused the build: {ex.ResponseBody?.Trim() ?? ex.Message}");
            return result;
        }

        result.Elapsed = watch.Elapsed;
        result.Steps = buildKit?.Steps ?? state.Step;
        result.CachedSteps = buildKit?.Cached ?? state.Cached;
        if ((buildKit is null ? state.Error : buildKitError) is { } error)
        {
            if (!await AnswersAsync(client).ConfigureAwait(false))
            {
                // A stopping engine kills the running step first (exit 137) and only then goes away: say what happened.
                Fail(DiagnosticCatalog.EngineLost.Id, Current(), $"The Docker engine at {endpoint} stopped during step {StepNow()} ({error.Trim()}). Start it again and rebuild; no tag was applied.");
                return result;
            }

            if (buildKit is null)
            {
                ReportBuildError(error, state);
            }
            else
            {
                ReportBuildKitError(error, buildKit, dockerfile);
            }

            return result;
        }

        result.ImageId = state.ImageId;
        if (result.ImageId is null && request.Tags.Count > 0)
        {
            result.ImageId = (await client.Images.InspectImageAsync(request.Tags[0], CancellationToken.None).ConfigureAwait(false)).ID;
        }

        result.Succeeded = result.ImageId is not null;
        _log.Info($"Containerize: built {result.ImageId} in {watch.Elapsed.TotalSeconds:F1}s ({result.Steps} steps, {result.CachedSteps} from cache).");
        return result;
    }

    /// <summary>
    /// A session only when the build uses one: secrets given, a secret mount in the file, or a base image whose registry
    /// has credentials in the docker config (BuildKit pulls through the session's Auth service).
    /// </summary>
    internal static bool NeedsSession(BuildRequest request, Dockerfile dockerfile)
    {
        if (request.Secrets.Count > 0)
        {
            return true;
        }

        if (dockerfile.Instructions.Any(i => i.Kind == InstructionKind.Run && i.GetFlags("mount").Any(f => (f.Value ?? string.Empty).IndexOf("type=secret", StringComparison.Ordinal) >= 0)))
        {
            return true;
        }

        return dockerfile.Stages.Stages.Select(s => RegistryOf(s.BaseImage)).Where(r => r is not null).Distinct().Any(r => RegistryAuth.For(r!) is not null);
    }

    private static string? RegistryOf(string image)
    {
        var slash = image.IndexOf('/');
        if (image.Length == 0 || image.Contains("$") || string.Equals(image, "scratch", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var first = slash > 0 ? image.Substring(0, slash) : string.Empty;
        return slash > 0 && (first.Contains('.') || first.Contains(':') || first == "localhost") ? first : "https://index.docker.io/v1/";
    }

    /// <summary>
    /// The builder for this build, or null after a coded error (BuildKit asked for and not offered). It is also the
    /// first question to the engine, so a missing engine fails here (a connection failure, CTZ3001): through
    /// Docker.DotNet's ping for the classic builder and endpoints of its own, else through the builder probe's /_ping.
    /// </summary>
    private async Task<BuilderKind?> ChooseBuilderAsync(DockerClient client, BuildRequest request, EngineEndpoint endpoint, CancellationToken cancellationToken)
    {
        if (request.Builder == BuilderKind.Classic || !EngineHttp.Supports(endpoint))
        {
            await client.System.PingAsync(cancellationToken).ConfigureAwait(false);
        }

        if (request.Builder == BuilderKind.Classic)
        {
            return BuilderKind.Classic;
        }

        if (!EngineHttp.Supports(endpoint))
        {
            if (request.Builder == BuilderKind.Auto)
            {
                return BuilderKind.Classic;
            }

            _log.Error(DiagnosticCatalog.BuilderUnavailable.Id, request.DockerfilePath, 0, 0,
                $"ContainerizeBuilder is buildkit, but BuildKit builds go over unix://, tcp:// and https:// endpoints only, and {endpoint} is none of them. Set ContainerizeBuilder=classic (or auto) for this engine.");
            return null;
        }

        var (offered, reason) = await BuilderProbe.OffersBuildKitAsync(endpoint, cancellationToken).ConfigureAwait(false);
        if (offered)
        {
            return BuilderKind.BuildKit;
        }

        if (request.Builder == BuilderKind.Auto)
        {
            _log.Detail($"  Containerize: the classic builder, because {reason}.");
            return BuilderKind.Classic;
        }

        _log.Error(DiagnosticCatalog.BuilderUnavailable.Id, request.DockerfilePath, 0, 0,
            $"ContainerizeBuilder is buildkit, but the engine at {endpoint} does not offer BuildKit ({reason}). Set ContainerizeBuilder=classic (or auto), or use a Docker engine 18.09 or later on Linux.");
        return null;
    }

    private void ReportBuildError(string error, ProgressState state)
    {
        var instruction = state.CurrentInstruction;
        var tail = string.Join("\n", state.RecentOutput.Where(l => l.Trim().Length > 0).Reverse().Take(10).Reverse().Select(l => "    " + l.TrimEnd()));
        if (instruction is FromInstruction plain && error.IndexOf("server gave HTTP response to HTTPS client", StringComparison.Ordinal) >= 0)
        {
            Fail(DiagnosticCatalog.PlainHttpRegistry.Id, instruction, $"The registry of the base image '{plain.Image}' speaks plain HTTP and the engine asked over HTTPS: {error.Trim()}. Podman: add [[registry]] location = \"<host:port>\" insecure = true to a file in /etc/containers/registries.conf.d/ (build/infra/start-podman.sh does it for the loopback registry); Docker: add the registry to insecure-registries in /etc/docker/daemon.json.");
            return;
        }

        // Buildah (Podman) words a failed pull "initializing source docker://…": Podman keeps its own images.
        if (instruction is FromInstruction podman && error.IndexOf("initializing source docker://", StringComparison.Ordinal) >= 0)
        {
            Fail(DiagnosticCatalog.PodmanBaseImageMissing.Id, instruction, $"Podman cannot find or pull the base image '{podman.Image}': {error.Trim()}. Podman has its own image store and does not see Docker's images: push the image to a registry Podman reaches and pull it into Podman (build/infra/start-podman.sh pulls the local .NET images from localhost:5000), or 'podman load' a 'docker save' of it.");
            return;
        }

        if (instruction is FromInstruction from
            && Regex.IsMatch(error, "pull access denied|not found|manifest unknown|repository does not exist|no such host|unauthorized", RegexOptions.IgnoreCase))
        {
            Fail(DiagnosticCatalog.BaseImageMissing.Id, instruction, $"The base image '{from.Image}' could not be found or pulled: {error.Trim()}. Check the name and tag, that the registry is reachable (ContainerizeImageRegistry), and log in (docker login) if it is private.");
            return;
        }

        if (Regex.IsMatch(error, "returned a non-zero code|exit code", RegexOptions.IgnoreCase))
        {
            if (instruction is not null && ReportUnauthorizedRestore(instruction, state.RecentOutput.ToList()))
            {
                return;
            }

            Fail(DiagnosticCatalog.RunFailed.Id, instruction, $"{error.Trim()}\n  last output:\n{tail}");
            return;
        }

        Fail(DiagnosticCatalog.BuildFailed.Id, instruction, $"The build failed at step {state.Step}: {error.Trim()}" + (tail.Length > 0 ? $"\n  last output:\n{tail}" : string.Empty));
    }

    private void ReportBuildKitError(string error, BuildKitProgress progress, Dockerfile dockerfile)
    {
        // The frontend refused the file before building: it names the line.
        var parse = Regex.Match(error, @"dockerfile parse error line (?<line>\d+): (?<what>.*)$", RegexOptions.Singleline);
        if (parse.Success)
        {
            var line = int.Parse(parse.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var at = dockerfile.Instructions.FirstOrDefault(i => i.StartLine <= line && i.EndLine >= line);
            _log.Error(DiagnosticCatalog.BuildFailed.Id, _lastDockerfile ?? string.Empty, line, at?.Range.Start.Column ?? 1,
                $"The engine's Dockerfile frontend refused this line: {parse.Groups["what"].Value.Trim()}. The frontend built into the engine predates this syntax (heredocs and COPY --link need Dockerfile syntax 1.4, Docker 23 or later): upgrade the engine, write the line without it, or put '# syntax=docker/dockerfile:1' first in the file when the engine can pull that image.");
            return;
        }

        var failure = progress.Failure;
        var instruction = failure?.Instruction ?? progress.Current;
        var tail = failure is { } f
            ? string.Join("\n", f.Output.Where(l => l.Trim().Length > 0).Reverse().Take(10).Reverse().Select(l => "    " + l.TrimEnd()))
            : string.Empty;
        var message = (failure?.Error ?? error).Trim();
        if (instruction is FromInstruction from
            && (failure?.Name.IndexOf("load metadata", StringComparison.Ordinal) >= 0 || Regex.IsMatch(message, "pull access denied|not found|manifest unknown|repository does not exist|no such host|unauthorized", RegexOptions.IgnoreCase)))
        {
            Fail(DiagnosticCatalog.BaseImageMissing.Id, instruction, $"The base image '{from.Image}' could not be found or pulled: {message}. Check the name and tag, that the registry is reachable (ContainerizeImageRegistry), and log in (docker login) if it is private.");
            return;
        }

        if (instruction?.Kind == InstructionKind.Run && Regex.IsMatch(message, "exit code|returned a non-zero code", RegexOptions.IgnoreCase))
        {
            if (failure is { } run && ReportUnauthorizedRestore(instruction, run.Output))
            {
                return;
            }

            Fail(DiagnosticCatalog.RunFailed.Id, instruction, $"{message}\n  last output:\n{tail}");
            return;
        }

        Fail(DiagnosticCatalog.BuildFailed.Id, instruction, $"The build failed at step {progress.CurrentStep}: {message}" + (tail.Length > 0 ? $"\n  last output:\n{tail}" : string.Empty));
    }

    /// <summary>A restore that a package source refused (401/403): one error naming the source and how to give NuGet its credentials.</summary>
    private bool ReportUnauthorizedRestore(Instruction instruction, IReadOnlyList<string> output)
    {
        var refused = output.Select(l => Regex.Match(l, @"(?<url>https?://[^\s'""]+?)[.,]?(\s|$)")).Where(m => m.Success).Select(m => m.Groups["url"].Value)
            .FirstOrDefault(_ => output.Any(l => Regex.IsMatch(l, @"\b(401|403)\b.*(Unauthorized|Forbidden)|NU1301.*\b401\b", RegexOptions.IgnoreCase)));
        if (refused is null)
        {
            return false;
        }

        string name = refused;
        try
        {
            var sources = NuGetCredentials.For(_request?.ProjectDirectory ?? Path.GetDirectoryName(_lastDockerfile) ?? ".").Sources;
            name = sources.FirstOrDefault(s => string.Equals(s.Url.TrimEnd('/'), refused.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)).Name ?? refused;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or System.Xml.XmlException)
        {
            // The config cannot be read here: name the URL.
        }

        var variable = "NuGetPackageSourceCredentials_" + Regex.Replace(name, "[^A-Za-z0-9_]", "_");
        Fail(DiagnosticCatalog.NuGetCredentialsMissing.Id, instruction,
            $"The restore in the container was refused by the package source '{name}' ({refused}): NuGet has no credentials for it that the build can pass on. Give NuGet its credentials: 'dotnet nuget update source {name} --username USER --password TOKEN --store-password-in-clear-text' (or packageSourceCredentials in your user NuGet.Config, outside the repository), or set {variable}=Username=USER;Password=TOKEN; then build again: ContainerizeBuildKit mounts them on the restore as a BuildKit secret, never in a layer.");
        return true;
    }

    private void Fail(string code, Instruction? instruction, string message)
    {
        // A derived Dockerfile (the fast inner loop) reports at the line of the instruction it was derived from.
        if (instruction is not null && _reported is { } reported && _built is { } built)
        {
            for (var i = 0; i < built.Count && i < reported.Count; i++)
            {
                if (ReferenceEquals(built[i], instruction))
                {
                    instruction = reported[i];
                    break;
                }
            }
        }

        _log.Error(code, _lastDockerfile ?? string.Empty, instruction?.StartLine ?? 0, instruction?.Range.Start.Column ?? 0, message);
    }

    private string? _lastDockerfile;

    private IReadOnlyList<Instruction>? _built;

    private IReadOnlyList<Instruction>? _reported;

    private BuildRequest? _request;

    private static async Task<bool> AnswersAsync(DockerClient client)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await Task.Delay(500).ConfigureAwait(false);
            await client.System.PingAsync(timeout.Token).ConfigureAwait(false);
            return true;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return false;
        }
    }

    private static ContextEntry DockerfileEntry(string path) =>
        new(Path.GetFileName(path), path, new FileInfo(path).Length, false, null);

    private static string? Relative(string context, string path)
    {
        var root = Path.GetFullPath(context).TrimEnd('/') + "/";
        var full = Path.GetFullPath(path);
        return full.StartsWith(root, StringComparison.Ordinal) ? full.Substring(root.Length) : null;
    }

    private static bool IsConnectionFailure(Exception ex)
    {
        for (var e = ex; e is not null; e = e.InnerException)
        {
            if (e is SocketException or HttpRequestException or IOException or TimeoutException || e.GetType().Name.Contains("Socket"))
            {
                return true;
            }
        }

        return false;
    }

    private static Exception Innermost(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }

        return ex;
    }

    /// <summary>Turns the engine's JSON messages into log lines, tracking the step (= Dockerfile instruction) in progress.</summary>
    private sealed class ProgressState : IProgress<JSONMessage>
    {
        private readonly ImageBuilder _owner;
        private readonly Dockerfile _dockerfile;
        private readonly Stopwatch _watch;
        private readonly object _gate = new();
        private TimeSpan _stepStarted;
        private string _stepText = string.Empty;
        private bool _stepCached;

        public ProgressState(ImageBuilder owner, Dockerfile dockerfile, Stopwatch watch)
        {
            _owner = owner;
            _dockerfile = dockerfile;
            _watch = watch;
        }

        public int Step { get; private set; }

        public int Cached { get; private set; }

        public string? Error { get; private set; }

        public string? ImageId { get; set; }

        public Queue<string> RecentOutput { get; } = new();

        public Instruction? CurrentInstruction => Step > 0 && Step <= _dockerfile.Instructions.Count ? _dockerfile.Instructions[Step - 1] : null;

        public void Report(JSONMessage value)
        {
            lock (_gate)
            {
                if (value.Error is { } error && !string.IsNullOrEmpty(error.Message))
                {
                    Error = error.Message;
                    FinishStep();
                    return;
                }

                foreach (var raw in (value.Stream ?? value.Status ?? string.Empty).Split('\n'))
                {
                    var line = raw.TrimEnd('\r');
                    if (line.Length == 0)
                    {
                        continue;
                    }

                    var step = StepLine.Match(line);
                    if (step.Success)
                    {
                        FinishStep();
                        Step = int.Parse(step.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
                        _stepText = $"Step {Step}/{step.Groups["total"].Value} : {step.Groups["text"].Value}";
                        _stepStarted = _watch.Elapsed;
                        _stepCached = false;
                        continue;
                    }

                    if (line.Contains("Using cache"))
                    {
                        _stepCached = true;
                    }

                    var built = Regex.Match(line, @"^Successfully built (?<id>[0-9a-f]+)");
                    if (built.Success)
                    {
                        FinishStep();
                        ImageId = built.Groups["id"].Value;
                    }

                    RecentOutput.Enqueue(line);
                    while (RecentOutput.Count > 40)
                    {
                        RecentOutput.Dequeue();
                    }

                    _owner._log.Detail("  " + line);
                }
            }
        }

        private void FinishStep()
        {
            if (_stepText.Length == 0)
            {
                return;
            }

            var duration = _watch.Elapsed - _stepStarted;
            if (_stepCached)
            {
                Cached++;
            }

            _owner._log.Info($"  {_stepText}  [{duration.TotalSeconds:F1}s{(_stepCached ? ", cached" : string.Empty)}]");
            _stepText = string.Empty;
        }
    }
}
