namespace Containerize.Dockerfiles;

/// <summary>Paths inside an image, as WORKDIR, COPY and ADD resolve them (one rule for the linter and the image build).</summary>
public static class ImagePath
{
    /// <summary><paramref name="path"/> against the working directory <paramref name="workdir"/>: absolute, without '.' or '..'.</summary>
    public static string Resolve(string workdir, string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return workdir;
        }

        var combined = path.StartsWith("/", StringComparison.Ordinal) ? path : workdir.TrimEnd('/') + "/" + path;
        var parts = new List<string>();
        foreach (var part in combined.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }

                continue;
            }

            parts.Add(part);
        }

        return "/" + string.Join("/", parts);
    }
}
