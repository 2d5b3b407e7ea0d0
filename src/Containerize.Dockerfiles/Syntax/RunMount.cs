namespace Containerize.Dockerfiles;

/// <summary>One <c>RUN --mount=…</c>: its type (bind by default) and its comma-separated options.</summary>
public sealed class RunMount
{
    private RunMount(string type, IReadOnlyDictionary<string, string> options)
    {
        Type = type;
        Options = options;
    }

    /// <summary><c>bind</c>, <c>cache</c>, <c>tmpfs</c>, <c>secret</c> or <c>ssh</c>.</summary>
    public string Type { get; }

    /// <summary>Every option by lower-cased key; bare words (<c>readonly</c>) map to "true".</summary>
    public IReadOnlyDictionary<string, string> Options { get; }

    public string? Target => Get("target") ?? Get("dst") ?? Get("destination");

    public string? Source => Get("source") ?? Get("src");

    public string? From => Get("from");

    public string? Id => Get("id");

    public string? Get(string key) => Options.TryGetValue(key, out var value) ? value : null;

    public static RunMount Parse(string value)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in SplitCsv(value ?? string.Empty))
        {
            var eq = field.IndexOf('=');
            var key = (eq < 0 ? field : field.Substring(0, eq)).Trim().ToLowerInvariant();
            if (key.Length == 0)
            {
                continue;
            }

            options[key] = eq < 0 ? "true" : field.Substring(eq + 1);
        }

        var type = options.TryGetValue("type", out var t) ? t.ToLowerInvariant() : "bind";
        return new RunMount(type, options);
    }

    // BuildKit reads the value as one CSV record: fields may be double-quoted to hold commas.
    private static IEnumerable<string> SplitCsv(string value)
    {
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '"')
            {
                if (quoted && i + 1 < value.Length && value[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = !quoted;
                }
            }
            else if (c == ',' && !quoted)
            {
                yield return field.ToString();
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        yield return field.ToString();
    }
}
