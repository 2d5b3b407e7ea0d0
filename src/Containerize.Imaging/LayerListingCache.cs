using System.Globalization;
using System.Text;

namespace Containerize.Imaging;

/// <summary>
/// What the layer report knows of an image that it does not have to read again: per layer (by diff ID, a content hash,
/// so any engine's copy is the same) its file listing, and per image (by image ID) its config history. Files under
/// <c>$XDG_CACHE_HOME/containerize/layers</c> (else <c>~/.cache/…</c>), written whole and renamed into place.
/// </summary>
public sealed class LayerListingCache
{
    public LayerListingCache(string? directory = null)
    {
        Directory = directory ?? DefaultDirectory();
    }

    public string Directory { get; }

    public static string DefaultDirectory()
    {
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (string.IsNullOrWhiteSpace(root))
        {
            root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        }

        return Path.Combine(root!, "containerize", "layers");
    }

    public List<(string Path, long Size, bool Whiteout)>? Listing(string diffId)
    {
        var path = FileFor("layer", diffId);
        if (!File.Exists(path))
        {
            return null;
        }

        var files = new List<(string Path, long Size, bool Whiteout)>();
        foreach (var line in File.ReadAllLines(path, Encoding.UTF8))
        {
            var parts = line.Split(new[] { '\t' }, 3);
            if (parts.Length != 3 || !long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var size))
            {
                return null;
            }

            files.Add((parts[2], size, parts[1] == "w"));
        }

        return files;
    }

    public void StoreListing(string diffId, IEnumerable<(string Path, long Size, bool Whiteout)> files) =>
        Write(FileFor("layer", diffId), files.Select(f => f.Size.ToString(CultureInfo.InvariantCulture) + (f.Whiteout ? "\tw\t" : "\tf\t") + f.Path));

    /// <summary>An image's config history (oldest first) and diff IDs, as its saved config has them.</summary>
    public (List<(string CreatedBy, bool Empty)> History, List<string> DiffIds)? Image(string imageId)
    {
        var path = FileFor("image", imageId);
        if (!File.Exists(path))
        {
            return null;
        }

        var history = new List<(string CreatedBy, bool Empty)>();
        var diffIds = new List<string>();
        foreach (var line in File.ReadAllLines(path, Encoding.UTF8))
        {
            if (line.StartsWith("d\t", StringComparison.Ordinal))
            {
                diffIds.Add(line.Substring(2));
            }
            else if (line.Length >= 2 && line[1] == '\t')
            {
                history.Add((line.Substring(2), line[0] == 'e'));
            }
        }

        return (history, diffIds);
    }

    public void StoreImage(string imageId, IEnumerable<(string CreatedBy, bool Empty)> history, IEnumerable<string> diffIds) =>
        Write(FileFor("image", imageId), history.Select(h => (h.Empty ? "e\t" : "l\t") + h.CreatedBy.Replace('\n', ' ').Replace('\r', ' ')).Concat(diffIds.Select(d => "d\t" + d)));

    private string FileFor(string kind, string id)
    {
        var name = id.Replace("sha256:", string.Empty);
        foreach (var c in Path.GetInvalidFileNameChars())
        {
            name = name.Replace(c, '_');
        }

        return Path.Combine(Directory, kind + "-" + name + ".tsv");
    }

    private void Write(string path, IEnumerable<string> lines)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllLines(temporary, lines, new UTF8Encoding(false));
        try
        {
            // Content-addressed: a file already there (another build wrote it) holds the same listing.
            if (!File.Exists(path))
            {
                File.Move(temporary, path);
            }
        }
        catch (IOException) when (File.Exists(path))
        {
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
