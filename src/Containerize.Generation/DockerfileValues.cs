using System.Text;

namespace Containerize.Generation;

/// <summary>
/// Makes project values safe to write into a Dockerfile, so that <c>docker build</c> and our parser read back the same
/// text. A Dockerfile instruction ends at a line break and no quoting carries one, so line breaks (a multi-line
/// Description) become single spaces; the quoting of <c>"</c>, <c>\</c> and <c>$</c> is DockerfileBuilder's.
/// </summary>
public static class DockerfileValues
{
    /// <summary>The value on one line: each line trimmed, empty lines dropped, joined by a space; control characters become spaces.</summary>
    public static string SingleLine(string value)
    {
        value ??= string.Empty;
        if (value.IndexOf('\n') >= 0 || value.IndexOf('\r') >= 0)
        {
            value = string.Join(" ", value.Replace("\r\n", "\n").Split('\n', '\r').Select(l => l.Trim()).Where(l => l.Length > 0));
        }

        var sb = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            sb.Append(c != '\t' && (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085') ? ' ' : c);
        }

        return sb.ToString();
    }

    /// <summary>A WORKDIR path: on one line, with <c>$</c> and the escape character escaped (WORKDIR expands variables).</summary>
    public static string Path(string path) => SingleLine(path).Trim().Replace("\\", "\\\\").Replace("$", "\\$");

    /// <summary>An environment variable name Docker and the shell both accept.</summary>
    public static bool IsEnvironmentName(string name) =>
        !string.IsNullOrEmpty(name) && !char.IsDigit(name[0]) && name.All(c => c == '_' || (c < 128 && char.IsLetterOrDigit(c)));

    /// <summary>One word for the <c>/bin/sh -c</c> of a RUN step: single-quoted unless it is plain.</summary>
    public static string ShellWord(string word)
    {
        if (word.Length > 0 && word.All(c => c < 128 && (char.IsLetterOrDigit(c) || c is '-' or '_' or '.' or '/' or ':' or '=' or ',' or '+' or '@' or '%')))
        {
            return word;
        }

        return "'" + SingleLine(word).Replace("'", "'\\''") + "'";
    }
}
