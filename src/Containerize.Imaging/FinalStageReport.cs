using Containerize.Dockerfiles;
using Docker.DotNet;

namespace Containerize.Imaging;

/// <summary>
/// The layer report of an image built from a <see cref="FinalStagePlan"/>, without reading the image back: the new
/// layers' files are the host folders it copied (checked against the engine's own size of each layer), the base
/// image's layers come from the <see cref="LayerListingCache"/>, filled once per base image by saving the base image
/// alone. Returns null when the engine's history does not line up with the plan (the caller then reads the image).
/// </summary>
public static class FinalStageReport
{
    private static readonly HashSet<InstructionKind> LayerKinds = new() { InstructionKind.Copy, InstructionKind.Add, InstructionKind.Run };

    public static async Task<LayerReport?> ReadAsync(DockerClient client, EngineEndpoint endpoint, string imageId, FinalStagePlan plan, Dockerfile dockerfile, IDictionary<string, string> buildArgs, LayerListingCache cache, IBuildLog log, CancellationToken cancellationToken)
    {
        var baseImageName = plan.BaseImage(buildArgs);
        // The three questions to the engine do not depend on each other: ask them at once (one round trip of waiting).
        var imageTask = ImageQueries.InspectAsync(client, endpoint, imageId, cancellationToken);
        var baseImageTask = ImageQueries.InspectAsync(client, endpoint, baseImageName, cancellationToken);
        var historyTask = ImageQueries.HistoryAsync(client, endpoint, imageId, cancellationToken);
        await Task.WhenAll(imageTask, baseImageTask, historyTask).ConfigureAwait(false);
        var image = await imageTask.ConfigureAwait(false);
        var baseImage = await baseImageTask.ConfigureAwait(false);
        var engineHistory = await historyTask.ConfigureAwait(false);
        if (image is null || baseImage is null || engineHistory is null)
        {
            return Mismatch(log, $"the engine did not describe {(image is null ? imageId : baseImage is null ? baseImageName : "the image's history")}");
        }

        var diffIds = image.Value.DiffIds;
        var baseDiffIds = baseImage.Value.DiffIds;
        if (baseDiffIds.Count > diffIds.Count || !baseDiffIds.SequenceEqual(diffIds.Take(baseDiffIds.Count)))
        {
            return Mismatch(log, "the image does not start with its base image's layers");
        }

        var known = cache.Image(baseImage.Value.Id);
        var baseListings = baseDiffIds.Select(cache.Listing).ToList();
        if (known is null || baseListings.Any(l => l is null))
        {
            log.Info($"Containerize: reading the base image {baseImageName} once for the layer report (cached by layer digest in {cache.Directory})");
            using var saved = await client.Images.SaveImageAsync(baseImage.Value.Id, cancellationToken).ConfigureAwait(false);
            var read = SavedImage.Read(saved);
            cache.StoreImage(baseImage.Value.Id, read.History, read.DiffIds);
            for (var i = 0; i < read.Layers.Count && i < read.DiffIds.Count; i++)
            {
                cache.StoreListing(read.DiffIds[i], read.Layers[i]);
            }

            known = (read.History.ToList(), read.DiffIds.ToList());
            baseListings = read.Layers.Cast<List<(string Path, long Size, bool Whiteout)>?>().ToList();
        }

        // The engine's history, oldest first: the base image's entries, then one per instruction of the final stage.
        var history = Enumerable.Reverse(engineHistory).ToList();
        var ours = history.Skip(known.Value.History.Count).ToList();
        var instructions = plan.Order;
        if (history.Count < known.Value.History.Count || ours.Count != instructions.Count)
        {
            return Mismatch(log, $"the engine's history has {ours.Count} entries after the base image for {instructions.Count} instructions");
        }

        var newLayers = diffIds.Count - baseDiffIds.Count;
        var always = instructions.Count(i => LayerKinds.Contains(i.Kind));
        var workdirs = instructions.Count(i => i.Kind == InstructionKind.Workdir);
        // Builders differ on WORKDIR: the classic builder commits it as a (usually empty) layer, BuildKit and Buildah do not.
        var workdirIsLayer = newLayers - always == workdirs && workdirs > 0;
        if (newLayers != always && !workdirIsLayer)
        {
            return Mismatch(log, $"{newLayers} new layers for {always} COPY instructions");
        }

        var entries = known.Value.History.Select(h => (h.CreatedBy, h.Empty)).ToList();
        var listings = baseListings.Select(l => l!).ToList();
        var copies = plan.Copies.ToDictionary(c => c.Instruction.StartLine);
        for (var i = 0; i < instructions.Count; i++)
        {
            var instruction = instructions[i];
            var isLayer = LayerKinds.Contains(instruction.Kind) || (workdirIsLayer && instruction.Kind == InstructionKind.Workdir);
            entries.Add((ours[i].CreatedBy, !isLayer));
            if (!isLayer)
            {
                continue;
            }

            var files = copies.TryGetValue(instruction.StartLine, out var copy) ? copy.Listing() : new List<(string Path, long Size, bool Whiteout)>();
            var expected = ours[i].Size;
            var ourSize = files.Sum(f => f.Size);
            if (!SameSize(expected, files))
            {
                return Mismatch(log, $"the engine counts {expected} bytes for line {instruction.StartLine}, the copied folder has {ourSize}");
            }

            var diffId = diffIds[listings.Count];
            cache.StoreListing(diffId, files);
            listings.Add(files);
        }

        return LayerReport.FromLayers(imageId, entries, diffIds, listings, dockerfile, null, plan.Order);
    }

    // Docker counts a layer's file bytes, Podman its tar's bytes (512-byte headers and padding): either matches.
    private static bool SameSize(long engine, List<(string Path, long Size, bool Whiteout)> files)
    {
        var content = files.Sum(f => f.Size);
        var tar = files.Sum(f => 512 + ((f.Size + 511) / 512 * 512));
        var slack = Math.Max(4096, engine / 100);
        return Math.Abs(engine - content) <= slack || (engine >= content && engine <= tar + slack + (files.Count * 1024L));
    }

    private static LayerReport? Mismatch(IBuildLog log, string why)
    {
        log.Info($"Containerize: the layer report reads the whole image: {why}.");
        return null;
    }
}
