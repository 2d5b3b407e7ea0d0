using System.Diagnostics;
using System.Net.Http;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Containerize.Dockerfiles;
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
        var state = new ProgressState(this, dockerfile, watch);

        DockerClient client;
        try
        {
            client = CreateClient(endpoint);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException && ex is not OperationCanceledException)
        {
            _log.Error(ImagingDiagnosticIds.TlsSetup, request.DockerfilePath, 0, 0,
                $"Cannot set up TLS for {endpoint} from DOCKER_CERT_PATH '{Environment.GetEnvironmentVariable("DOCKER_CERT_PATH")}': {Innermost(ex).Message}. The folder needs ca.pem, cert.pem and key.pem (docker's layout), or unset DOCKER_TLS_VERIFY for a plain endpoint.");
            return result;
        }

        using var owned = client;
        try
        {
            await client.System.PingAsync(linked.Token).ConfigureAwait(false);
            var entries = ContextScanner.Scan(request.ContextDirectory, null, relativeDockerfile is null ? null : new[] { relativeDockerfile });
            using var context = new TarContextStream(relativeDockerfile is null ? entries.Concat(new[] { DockerfileEntry(request.DockerfilePath) }) : entries);
            var parameters = new ImageBuildParameters
            {
                Dockerfile = relativeDockerfile ?? Path.GetFileName(request.DockerfilePath),
                Tags = request.Tags.ToList(),
                BuildArgs = new Dictionary<string, string>(request.BuildArgs),
                Target = string.IsNullOrWhiteSpace(request.Target) ? null : request.Target,
                NetworkMode = string.IsNullOrWhiteSpace(request.Network) ? null : request.Network,
                Remove = true,
                ForceRemove = true,
                NoCache = request.NoCache,
            };
            _log.Info($"Containerize: building {string.Join(", ", request.Tags)} on {endpoint} from {request.DockerfilePath}");
            await client.Images.BuildImageFromDockerfileAsync(parameters, context, Array.Empty<AuthConfig>(), new Dictionary<string, string>(), state, linked.Token).ConfigureAwait(false);
            result.ContextBytes = context.ContentBytes;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            Fail(ImagingDiagnosticIds.Timeout, state.CurrentInstruction, $"The image build took longer than ContainerizeBuildTimeout ({request.Timeout}) and was stopped at step {state.Step}. Raise ContainerizeBuildTimeout, or look at the step that hangs.");
            return result;
        }
        catch (OperationCanceledException)
        {
            Fail(ImagingDiagnosticIds.Cancelled, state.CurrentInstruction, $"The image build was cancelled at step {state.Step}; the engine stops it and no tag was applied.");
            return result;
        }
        catch (Exception ex) when (IsConnectionFailure(ex) && state.Step > 0)
        {
            Fail(ImagingDiagnosticIds.EngineLost, state.CurrentInstruction, $"The connection to the Docker engine at {endpoint} was lost during step {state.Step} ({Innermost(ex).Message}): the engine stopped or restarted. Start it again and rebuild; no tag was applied.");
            return result;
        }
        catch (Exception ex) when (IsConnectionFailure(ex))
        {
            _log.Error(ImagingDiagnosticIds.NoEngine, request.DockerfilePath, 0, 0,
                $"No Docker engine answers at {endpoint} ({Innermost(ex).Message}). Start Docker (here: build/infra/start-docker.sh), point DOCKER_HOST at a running engine (unix:///…, tcp://host:2376 with DOCKER_TLS_VERIFY/DOCKER_CERT_PATH), or build without an engine: the Dockerfile is generated by dotnet build alone.");
            return result;
        }
        catch (DockerApiException ex)
        {
            Fail(ImagingDiagnosticIds.BuildFailed, state.CurrentInstruction, $"The engine refused the build: {ex.ResponseBody?.Trim() ?? ex.Message}");
            return result;
        }

        result.Elapsed = watch.Elapsed;
        result.Steps = state.Step;
        result.CachedSteps = state.Cached;
        if (state.Error is { } error)
        {
            if (!await AnswersAsync(client).ConfigureAwait(false))
            {
                // A stopping engine kills the running step first (exit 137) and only then goes away: say what happened.
                Fail(ImagingDiagnosticIds.EngineLost, state.CurrentInstruction, $"The Docker engine at {endpoint} stopped during step {state.Step} ({error.Trim()}). Start it again and rebuild; no tag was applied.");
                return result;
            }

            ReportBuildError(error, state);
            return result;
        }

        result.ImageId = state.ImageId;
        if (result.ImageId is null && request.Tags.Count > 0)
        {
            result.ImageId = (await client.Images.InspectImageAsync(request.Tags[0], CancellationToken.None).ConfigureAwait(false)).ID;
        }

        result.Succeeded = result.ImageId is not null;
        _log.Info($"Containerize: built {result.ImageId} in {watch.Elapsed.TotalSeconds:F1}s ({state.Step} steps, {state.Cached} from cache).");
        return result;
    }

    private void ReportBuildError(string error, ProgressState state)
    {
        var instruction = state.CurrentInstruction;
        var tail = string.Join("\n", state.RecentOutput.Where(l => l.Trim().Length > 0).Reverse().Take(10).Reverse().Select(l => "    " + l.TrimEnd()));
        if (instruction is FromInstruction plain && error.IndexOf("server gave HTTP response to HTTPS client", StringComparison.Ordinal) >= 0)
        {
            Fail(ImagingDiagnosticIds.PlainHttpRegistry, instruction, $"The registry of the base image '{plain.Image}' speaks plain HTTP and the engine asked over HTTPS: {error.Trim()}. Podman: add [[registry]] location = \"<host:port>\" insecure = true to a file in /etc/containers/registries.conf.d/ (build/infra/start-podman.sh does it for the loopback registry); Docker: add the registry to insecure-registries in /etc/docker/daemon.json.");
            return;
        }

        // Buildah (Podman) words a failed pull "initializing source docker://…": Podman keeps its own images.
        if (instruction is FromInstruction podman && error.IndexOf("initializing source docker://", StringComparison.Ordinal) >= 0)
        {
            Fail(ImagingDiagnosticIds.PodmanBaseImageMissing, instruction, $"Podman cannot find or pull the base image '{podman.Image}': {error.Trim()}. Podman has its own image store and does not see Docker's images: push the image to a registry Podman reaches and pull it into Podman (build/infra/start-podman.sh pulls the local .NET images from localhost:5000), or 'podman load' a 'docker save' of it.");
            return;
        }

        if (instruction is FromInstruction from
            && Regex.IsMatch(error, "pull access denied|not found|manifest unknown|repository does not exist|no such host|unauthorized", RegexOptions.IgnoreCase))
        {
            Fail(ImagingDiagnosticIds.BaseImageMissing, instruction, $"The base image '{from.Image}' could not be found or pulled: {error.Trim()}. Check the name and tag, that the registry is reachable (ContainerizeImageRegistry), and log in (docker login) if it is private.");
            return;
        }

        if (Regex.IsMatch(error, "returned a non-zero code|exit code", RegexOptions.IgnoreCase))
        {
            Fail(ImagingDiagnosticIds.RunFailed, instruction, $"{error.Trim()}\n  last output:\n{tail}");
            return;
        }

        Fail(ImagingDiagnosticIds.BuildFailed, instruction, $"The build failed at step {state.Step}: {error.Trim()}" + (tail.Length > 0 ? $"\n  last output:\n{tail}" : string.Empty));
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

        public string? ImageId { get; private set; }

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
