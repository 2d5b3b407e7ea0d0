using Containerize.Diagnostics;
using System.Globalization;
using Containerize.Dockerfiles;
using Containerize.Generation;
using Containerize.Imaging;
using Docker.DotNet.Models;
using Microsoft.Build.Framework;

namespace Containerize.Tasks;

/// <summary>The logic of <see cref="BuildContainerImage"/> (parameters: BuildContainerImage.Interface.cs).</summary>
public sealed partial class BuildContainerImage : Microsoft.Build.Utilities.Task, ICancelableTask
{
    private readonly CancellationTokenSource _cancel = new();

    public void Cancel() => _cancel.Cancel();

    public override bool Execute()
    {
        var log = new MSBuildLog(this);
        if (!TryParseBuilder(out var builder))
        {
            return false;
        }

        var name = string.IsNullOrWhiteSpace(Registry) ? Repository.ToLowerInvariant() : Registry!.TrimEnd('/') + "/" + Repository.ToLowerInvariant();
        FullTags = (Tags.Length == 0 ? new[] { "latest" } : Tags).Select(t => name + ":" + t).Distinct().ToArray();
        var request = new BuildRequest
        {
            ContextDirectory = ContextDirectory,
            DockerfilePath = DockerfilePath,
            Tags = FullTags.ToList(),
            BuildArgs = BuildArgs.ToDictionary(a => a.ItemSpec, a => a.GetMetadata("Value")),
            Target = Target,
            Network = Network,
            Timeout = TimeSpan.FromSeconds(Math.Max(1, TimeoutSeconds)),
            DockerHost = string.IsNullOrWhiteSpace(DockerHost) ? null : DockerHost,
            NoCache = NoCache,
            Builder = builder,
            ProjectDirectory = string.IsNullOrWhiteSpace(ProjectDirectory) ? null : ProjectDirectory,
        };
        AddNuGetSecret(request);

        var plan = PlanFinalStage(request);
        var result = new ImageBuilder(log).BuildAsync(request, _cancel.Token).GetAwaiter().GetResult();
        if (!result.Succeeded || Log.HasLoggedErrors)
        {
            return false;
        }

        ImageId = result.ImageId;
        var reportWatch = System.Diagnostics.Stopwatch.StartNew();
        Report(result.ImageId!, request, plan, log);
        Log.LogMessage(MessageImportance.Normal, $"Containerize: context {Format(result.ContextBytes)} streamed; build {result.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)}s; layer report {reportWatch.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)}s");
        if (Push && !Log.HasLoggedErrors)
        {
            PushTags(request, log);
        }

        return !Log.HasLoggedErrors;
    }

    private bool TryParseBuilder(out BuilderKind builder)
    {
        switch ((Builder ?? string.Empty).Trim().ToLowerInvariant())
        {
            case "":
            case "auto":
                builder = BuilderKind.Auto;
                return true;
            case "buildkit":
                builder = BuilderKind.BuildKit;
                return true;
            case "classic":
                builder = BuilderKind.Classic;
                return true;
            default:
                builder = BuilderKind.Auto;
                Log.LogError(null, DiagnosticCatalog.InvalidBuilder.Id, null, BuildEngine?.ProjectFileOfTaskNode ?? string.Empty, 0, 0, 0, 0,
                    $"ContainerizeBuilder '{Builder}' is not one of auto, buildkit, classic. Set it to auto (BuildKit when the engine offers it), buildkit, or classic (engines without BuildKit, such as Podman).");
                return false;
        }
    }

    // The Dockerfile mounts the NuGet credentials secret on its restore: hand it what NuGet has for the sources.
    private void AddNuGetSecret(BuildRequest request)
    {
        var dockerfile = Dockerfile.Parse(File.ReadAllText(DockerfilePath));
        var mountsIt = dockerfile.Instructions.OfType<RunInstruction>()
            .Any(r => r.Mounts.Any(m => m.Type == "secret" && m.Id == Containerize.Generation.DockerfileGenerator.NuGetConfigSecretId));
        if (!mountsIt)
        {
            return;
        }

        var credentials = NuGetCredentials.For(string.IsNullOrWhiteSpace(ProjectDirectory) ? Path.GetDirectoryName(DockerfilePath)! : ProjectDirectory!);
        if (credentials.Any)
        {
            request.Secrets[Containerize.Generation.DockerfileGenerator.NuGetConfigSecretId] = credentials.ToConfigFile();
            Log.LogMessage(MessageImportance.Normal, $"Containerize: NuGet credentials for {string.Join(", ", credentials.Sources.Where(s => s.Password is not null).Select(s => "'" + s.Name + "'"))} go to the restore as the secret '{Containerize.Generation.DockerfileGenerator.NuGetConfigSecretId}'.");
        }
    }


    // The final stage from the host's layer folders: a derived Dockerfile beside them, the folders as the context.
    private FinalStagePlan? PlanFinalStage(BuildRequest request)
    {
        if (!string.IsNullOrWhiteSpace(WholeDockerfileBecause))
        {
            LogWholeDockerfile(WholeDockerfileBecause!);
        }

        if (string.IsNullOrWhiteSpace(FinalStageLayersDirectory))
        {
            return null;
        }

        var layers = Path.GetFullPath(FinalStageLayersDirectory!);
        var plan = FinalStagePlan.Create(Dockerfile.Parse(File.ReadAllText(DockerfilePath)), layers, DockerfileGenerator.LayersDirectory, DockerfilePath, request.BuildArgs);
        if (plan.Problem is not null)
        {
            LogWholeDockerfile(plan.Problem);
            return null;
        }

        var derived = Path.Combine(Path.GetDirectoryName(layers.TrimEnd('/'))!, "containerize-final.Dockerfile");
        if (!File.Exists(derived) || File.ReadAllText(derived) != plan.DockerfileText)
        {
            File.WriteAllText(derived, plan.DockerfileText);
        }

        request.ReportedDockerfilePath = DockerfilePath;
        request.ReportedInstructions = plan.Reported;
        request.DockerfilePath = derived;
        request.ContextDirectory = layers;
        Log.LogMessage(MessageImportance.High, $"Containerize: final stage of {Path.GetFileName(DockerfilePath)} from this publish's output ({plan.Copies.Count} layer folders), no second compile.");
        return plan;
    }

    private void LogWholeDockerfile(string why) =>
        Log.LogMessage(null, DiagnosticCatalog.WholeDockerfileBuilt.Id, null, DockerfilePath, 0, 0, 0, 0, MessageImportance.High,
            $"Containerize: building the whole Dockerfile, not the final stage from this publish: {why}. The image is the same; it takes a second compile in the container.");

    private void Report(string imageId, BuildRequest request, FinalStagePlan? plan, IBuildLog log)
    {
        var endpoint = EngineEndpoint.Resolve(request.DockerHost);
        using var client = ImageBuilder.CreateClient(endpoint);
        // An unchanged image (same ID) and Dockerfile have the same report: reuse it instead of re-reading the image.
        var cached = !string.IsNullOrWhiteSpace(ReportPath) && File.Exists(ReportPath) && File.GetLastWriteTimeUtc(ReportPath) >= File.GetLastWriteTimeUtc(DockerfilePath)
            ? LayerReport.FromJson(File.ReadAllText(ReportPath))
            : null;
        LayerReport report;
        if (cached is not null && cached.ImageId == imageId)
        {
            report = cached;
        }
        else
        {
            // The fast path's derived Dockerfile holds the original's final stage: the report names the original's lines.
            var dockerfile = plan?.Dockerfile ?? Dockerfile.Parse(File.ReadAllText(DockerfilePath));
            LayerReport? fromLayers = null;
            try
            {
                fromLayers = plan is null ? null : FinalStageReport.ReadAsync(client, endpoint, imageId, plan, dockerfile, request.BuildArgs, new LayerListingCache(), log, _cancel.Token).GetAwaiter().GetResult();
            }
            catch (Docker.DotNet.DockerApiException ex)
            {
                // The report is then read from the image itself, as for a whole-Dockerfile build.
                log.Detail($"Containerize: the layer report reads the image back ({ex.Message.Trim()})");
            }

            if (fromLayers is not null)
            {
                report = fromLayers;
            }
            else
            {
                using var saved = client.Images.SaveImageAsync(imageId, _cancel.Token).GetAwaiter().GetResult();
                report = LayerReport.FromSavedImage(saved, dockerfile, imageId, plan is null ? Target : null, plan?.Order);
            }
        }

        if (!string.IsNullOrWhiteSpace(ReportPath) && !ReferenceEquals(report, cached))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(ReportPath))!);
            File.WriteAllText(ReportPath, report.ToJson());
        }

        Log.LogMessage(MessageImportance.High, $"Containerize: image {imageId.Substring(0, Math.Min(19, imageId.Length))} {Format(report.Size)}, {report.Layers.Count} layers, wasted {Format(report.WastedBytes)}, efficiency {report.Efficiency.ToString("P1", CultureInfo.InvariantCulture)}");
        Log.LogMessage(MessageImportance.High, "    size      files  wasted    line  instruction");
        foreach (var layer in report.Layers)
        {
            var what = layer.IsBaseImage ? "(base image) " + Shorten(layer.CreatedBy) : layer.Instruction ?? Shorten(layer.CreatedBy);
            Log.LogMessage(MessageImportance.High, $"    {Format(layer.Size),8}  {layer.FileCount,5}  {Format(layer.WastedBytes),8}  {(layer.Line?.ToString(CultureInfo.InvariantCulture) ?? "-"),4}  {what}");
        }

        var minEfficiency = double.TryParse(MinEfficiency, NumberStyles.Float, CultureInfo.InvariantCulture, out var e) ? e : 0.95;
        foreach (var layer in report.Layers.Where(l => !l.IsBaseImage && l.Line is not null))
        {
            if (MaxLayerSize > 0 && layer.Size > MaxLayerSize)
            {
                Log.LogWarning(null, DiagnosticCatalog.LayerTooLarge.Id, null, DockerfilePath, layer.Line!.Value, layer.Column ?? 1, 0, 0,
                    $"This instruction makes a {Format(layer.Size)} layer ({layer.FileCount} files), over ContainerizeMaxLayerSize ({Format(MaxLayerSize)}). Split it, exclude what the app does not need, or build it in an earlier stage and copy only the output.");
            }

            if (MaxWastedBytes > 0 && layer.WastedBytes > MaxWastedBytes)
            {
                var paths = string.Join(", ", layer.TopWaste.Select(w => $"{w.Path} {Format(w.Bytes)}{(w.AddedAtLine is { } at ? $" (added at line {at})" : string.Empty)}"));
                Log.LogWarning(null, DiagnosticCatalog.WastedBytes.Id, null, DockerfilePath, layer.Line!.Value, layer.Column ?? 1, 0, 0,
                    $"This instruction overwrites or deletes {Format(layer.WastedBytes)} that earlier layers still carry: {paths}. Create and remove files in the same RUN, or use COPY --chown/--chmod instead of a later chown/chmod.");
            }
        }

        if (report.Efficiency < minEfficiency)
        {
            var worst = report.Layers.Where(l => l.Line is not null).OrderByDescending(l => l.WastedBytes).FirstOrDefault();
            Log.LogWarning(null, DiagnosticCatalog.LowEfficiency.Id, null, DockerfilePath, worst?.Line ?? 0, worst?.Column ?? 0, 0, 0,
                $"Image efficiency is {report.Efficiency.ToString("P1", CultureInfo.InvariantCulture)} (ContainerizeMinEfficiency {minEfficiency.ToString("P0", CultureInfo.InvariantCulture)}): {Format(report.WastedBytes)} of {Format(report.Size)} are files later overwritten or deleted.");
        }

        if (MaxImageSize > 0 && report.Size > MaxImageSize)
        {
            Log.LogWarning(null, DiagnosticCatalog.ImageTooLarge.Id, null, DockerfilePath, 1, 1, 0, 0,
                $"The image is {Format(report.Size)}, over ContainerizeMaxImageSize ({Format(MaxImageSize)}). The layer table above shows where the bytes are.");
        }
    }

    private void PushTags(BuildRequest request, IBuildLog log)
    {
        var endpoint = EngineEndpoint.Resolve(request.DockerHost);
        using var client = ImageBuilder.CreateClient(endpoint);
        foreach (var full in FullTags)
        {
            var colon = full.LastIndexOf(':');
            var repository = full.Substring(0, colon);
            var tag = full.Substring(colon + 1);
            var registry = repository.Contains('/') && (repository.Split('/')[0].Contains('.') || repository.Split('/')[0].Contains(':') || repository.Split('/')[0] == "localhost") ? repository.Split('/')[0] : "docker.io";
            var auth = RegistryAuth.For(registry) ?? new AuthConfig { ServerAddress = registry };
            string? error = null;
            var progress = new SyncProgress<JSONMessage>(m =>
            {
                if (m.Error?.Message is { Length: > 0 } message)
                {
                    error = message;
                }
                else if (!string.IsNullOrEmpty(m.Status))
                {
                    log.Detail($"  {m.ID} {m.Status}");
                }
            });
            try
            {
                client.Images.PushImageAsync(repository, new ImagePushParameters { Tag = tag }, auth, progress, _cancel.Token).GetAwaiter().GetResult();
            }
            catch (Docker.DotNet.DockerApiException ex)
            {
                error = ex.ResponseBody ?? ex.Message;
            }

            if (error is not null)
            {
                var code = new[] { "unauthorized", "authentication", "basic auth", "credentials", "denied" }.Any(w => error.IndexOf(w, StringComparison.OrdinalIgnoreCase) >= 0)
                    ? DiagnosticCatalog.AuthenticationFailed.Id
                    : DiagnosticCatalog.PushFailed.Id;
                Log.LogError(null, code, null, DockerfilePath, 0, 0, 0, 0, $"Pushing {full} to {registry} failed: {error.Trim()}. {(code == DiagnosticCatalog.AuthenticationFailed.Id ? "Log in with 'docker login " + registry + "'." : "Check that the registry is reachable.")}");
                return;
            }

            Log.LogMessage(MessageImportance.High, $"Containerize: pushed {full}");
        }
    }

    private static string Format(long bytes) => ByteSize.Format(bytes);

    private static string Shorten(string text)
    {
        text = text.Replace("/bin/sh -c #(nop) ", string.Empty).Trim();
        return text.Length > 60 ? text.Substring(0, 57) + "..." : text;
    }

    private sealed class MSBuildLog : IBuildLog
    {
        private readonly BuildContainerImage _task;
        private readonly object _gate = new();

        public MSBuildLog(BuildContainerImage task)
        {
            _task = task;
        }

        public void Info(string message)
        {
            lock (_gate)
            {
                _task.Log.LogMessage(MessageImportance.Normal, message);
            }
        }

        public void Detail(string message)
        {
            lock (_gate)
            {
                _task.Log.LogMessage(MessageImportance.Low, message);
            }
        }

        public void Warning(string code, string file, int line, int column, string message)
        {
            lock (_gate)
            {
                _task.Log.LogWarning(null, code, null, file, line, column, 0, 0, message);
            }
        }

        public void Error(string code, string file, int line, int column, string message)
        {
            lock (_gate)
            {
                _task.Log.LogError(null, code, null, file, line, column, 0, 0, message);
            }
        }
    }
}
