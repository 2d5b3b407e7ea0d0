using System.Text;
using System.Text.RegularExpressions;

namespace Containerize.Dockerfiles;

/// <summary>
/// .dockerignore with Docker's semantics (moby/patternmatcher): Go-style globs with <c>**</c>, <c>!</c> exceptions,
/// the last matching pattern wins, and a pattern that matches a parent folder matches everything inside it.
/// Paths are context-relative and use '/'.
/// </summary>
public sealed class DockerIgnore
{
    private readonly List<(Regex Regex, bool Exception, string Text)> _patterns;

    private DockerIgnore(List<(Regex, bool, string)> patterns)
    {
        _patterns = patterns;
    }

    public static DockerIgnore Empty { get; } = new(new List<(Regex, bool, string)>());

    /// <summary>Patterns in file order (exceptions keep their leading '!').</summary>
    public IEnumerable<string> Patterns => _patterns.Select(p => (p.Exception ? "!" : string.Empty) + p.Text);

    /// <summary>True when some '!' pattern may re-include files under an excluded folder (then folders cannot be skipped whole).</summary>
    public bool HasExceptions => _patterns.Any(p => p.Exception);

    public static DockerIgnore Parse(string text)
    {
        var patterns = new List<(Regex, bool, string)>();
        foreach (var raw in (text ?? string.Empty).Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var exception = line[0] == '!';
            if (exception)
            {
                line = line.Substring(1).Trim();
                if (line.Length == 0)
                {
                    continue;
                }
            }

            line = Clean(line);
            if (line.Length > 1 && line[0] == '/')
            {
                line = line.Substring(1);
            }

            patterns.Add((Compile(line), exception, line));
        }

        return new DockerIgnore(patterns);
    }

    /// <summary>True when <c>docker build</c> leaves the path out of the context.</summary>
    public bool IsExcluded(string relativePath)
    {
        var file = Clean(relativePath.Replace('\\', '/')).TrimStart('/');
        var slash = file.LastIndexOf('/');
        var parents = slash < 0 ? Array.Empty<string>() : file.Substring(0, slash).Split('/');
        var matched = false;
        foreach (var (regex, exception, _) in _patterns)
        {
            if (exception != matched)
            {
                continue;
            }

            var match = regex.IsMatch(file);
            for (var i = 0; !match && i < parents.Length; i++)
            {
                match = regex.IsMatch(string.Join("/", parents, 0, i + 1));
            }

            if (match)
            {
                matched = !exception;
            }
        }

        return matched;
    }

    // Go's path.Clean: collapse //, remove ./ and resolve ../ lexically.
    private static string Clean(string path)
    {
        var rooted = path.StartsWith("/", StringComparison.Ordinal);
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part.Length == 0 || part == ".")
            {
                continue;
            }

            if (part == ".." && parts.Count > 0 && parts[parts.Count - 1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
                continue;
            }

            if (part == ".." && rooted)
            {
                continue;
            }

            parts.Add(part);
        }

        var cleaned = (rooted ? "/" : string.Empty) + string.Join("/", parts);
        return cleaned.Length == 0 ? "." : cleaned;
    }

    private static Regex Compile(string pattern)
    {
        var sb = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*')
            {
                if (i + 1 < pattern.Length && pattern[i + 1] == '*')
                {
                    i++;
                    if (i + 1 < pattern.Length && pattern[i + 1] == '/')
                    {
                        i++;
                    }

                    sb.Append(i + 1 >= pattern.Length ? ".*" : "(.*/)?");
                }
                else
                {
                    sb.Append("[^/]*");
                }
            }
            else if (c == '?')
            {
                sb.Append("[^/]");
            }
            else if (c == '\\' && i + 1 < pattern.Length)
            {
                sb.Append(Regex.Escape(pattern[++i].ToString()));
            }
            else if (c is '.' or '+' or '(' or ')' or '|' or '{' or '}' or '$')
            {
                sb.Append('\\').Append(c);
            }
            else
            {
                sb.Append(c);
            }
        }

        sb.Append('$');
        try
        {
            return new Regex(sb.ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline);
        }
        catch (ArgumentException)
        {
            // A malformed character class matches nothing, as Docker reports it and moves on.
            return new Regex("(?!)");
        }
    }
}
