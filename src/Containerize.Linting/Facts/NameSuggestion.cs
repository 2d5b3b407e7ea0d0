namespace Containerize.Linting;

/// <summary>"Did you mean": the one candidate a single edit (insert, delete, substitute, swap two neighbours) away from a name.</summary>
internal static class NameSuggestion
{
    public static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? found = null;
        foreach (var candidate in candidates)
        {
            if (candidate.Length < 3 || string.Equals(candidate, name, StringComparison.Ordinal) || Math.Abs(candidate.Length - name.Length) > 1)
            {
                continue;
            }

            if (Distance(name, candidate) <= 1)
            {
                if (found is not null && !string.Equals(found, candidate, StringComparison.Ordinal))
                {
                    return null;
                }

                found = candidate;
            }
        }

        return found;
    }

    /// <summary>Optimal string alignment distance, case-insensitive.</summary>
    internal static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                var best = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 2]) && char.ToUpperInvariant(a[i - 2]) == char.ToUpperInvariant(b[j - 1]))
                {
                    best = Math.Min(best, d[i - 2, j - 2] + 1);
                }

                d[i, j] = best;
            }
        }

        return d[a.Length, b.Length];
    }
}
