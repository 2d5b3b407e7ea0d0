using System.Text;
using Containerize.Dockerfiles.Parsing;

namespace Containerize.Dockerfiles;

/// <summary>
/// Builds a Dockerfile model instruction by instruction, with the quoting each instruction needs, and prints it.
/// <see cref="Build"/> parses the printed text, so the model it returns has real positions.
/// </summary>
public sealed class DockerfileBuilder
{
    private readonly List<ParserDirective> _directives = new();
    private readonly List<string> _lines = new();

    public DockerfileBuilder Directive(string name, string value)
    {
        _directives.Add(new ParserDirective(name.ToLowerInvariant(), value, 0));
        return this;
    }

    public DockerfileBuilder Comment(string text)
    {
        foreach (var line in (text ?? string.Empty).Replace("\r\n", "\n").Split('\n'))
        {
            _lines.Add(line.Length == 0 ? "#" : "# " + line);
        }

        return this;
    }

    public DockerfileBuilder BlankLine()
    {
        _lines.Add(string.Empty);
        return this;
    }

    public DockerfileBuilder From(string image, string? stageName = null, string? platform = null)
    {
        var sb = new StringBuilder("FROM");
        AppendFlag(sb, "platform", platform);
        sb.Append(' ').Append(image);
        if (!string.IsNullOrEmpty(stageName))
        {
            sb.Append(" AS ").Append(stageName);
        }

        return Line(sb.ToString());
    }

    public DockerfileBuilder Arg(string name, string? defaultValue = null) =>
        Line(defaultValue is null ? "ARG " + name : "ARG " + name + "=" + QuoteWord(defaultValue));

    /// <summary>RUN in shell form. <paramref name="flags"/> are <c>name=value</c> pairs such as <c>mount=type=cache,target=/x</c>.</summary>
    public DockerfileBuilder Run(string command, params string[] flags) => Line(Keyword("RUN", flags) + " " + command);

    public DockerfileBuilder RunExec(IEnumerable<string> arguments, params string[] flags) =>
        Line(Keyword("RUN", flags) + " " + JsonArray(arguments));

    public DockerfileBuilder Copy(IEnumerable<string> sources, string destination, string? from = null, string? chown = null, string? chmod = null, bool link = false)
    {
        var sb = new StringBuilder("COPY");
        AppendFlag(sb, "from", from);
        AppendFlag(sb, "chown", chown);
        AppendFlag(sb, "chmod", chmod);
        if (link)
        {
            sb.Append(" --link");
        }

        var all = sources.Concat(new[] { destination }).ToList();
        sb.Append(' ');
        if (all.Any(NeedsJson))
        {
            sb.Append(JsonArray(all));
        }
        else
        {
            sb.Append(string.Join(" ", all));
        }

        return Line(sb.ToString());
    }

    public DockerfileBuilder Workdir(string path) => Line("WORKDIR " + path);

    public DockerfileBuilder Env(IEnumerable<KeyValuePair<string, string>> variables) =>
        Line("ENV " + string.Join(" ", variables.Select(v => v.Key + "=" + QuoteWord(v.Value))));

    public DockerfileBuilder Env(string name, string value) => Env(new[] { new KeyValuePair<string, string>(name, value) });

    public DockerfileBuilder Label(IEnumerable<KeyValuePair<string, string>> labels) =>
        Line("LABEL " + string.Join(" ", labels.Select(l => QuoteWord(l.Key) + "=" + QuoteWord(l.Value))));

    public DockerfileBuilder Expose(IEnumerable<string> ports) => Line("EXPOSE " + string.Join(" ", ports));

    public DockerfileBuilder User(string user) => Line("USER " + user);

    public DockerfileBuilder Entrypoint(params string[] arguments) => Line("ENTRYPOINT " + JsonArray(arguments));

    public DockerfileBuilder Cmd(params string[] arguments) => Line("CMD " + JsonArray(arguments));

    /// <summary>Any instruction, written as it should appear.</summary>
    public DockerfileBuilder Line(string instruction)
    {
        _lines.Add(instruction);
        return this;
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var directive in _directives)
        {
            sb.Append("# ").Append(directive.Name).Append('=').Append(directive.Value).Append('\n');
        }

        foreach (var line in _lines)
        {
            sb.Append(line).Append('\n');
        }

        return sb.ToString();
    }

    public Dockerfile Build() => Dockerfile.Parse(ToString());

    /// <summary>A JSON array of strings, as the exec form wants it.</summary>
    public static string JsonArray(IEnumerable<string> items)
    {
        var sb = new StringBuilder("[");
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                sb.Append(", ");
            }

            first = false;
            sb.Append('"');
            foreach (var c in item)
            {
                switch (c)
                {
                    case '"': sb.Append("\\\""); break;
                    case '\\': sb.Append("\\\\"); break;
                    case '\n': sb.Append("\\n"); break;
                    case '\r': sb.Append("\\r"); break;
                    case '\t': sb.Append("\\t"); break;
                    default:
                        if (c < 0x20)
                        {
                            sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            sb.Append(c);
                        }

                        break;
                }
            }

            sb.Append('"');
        }

        return sb.Append(']').ToString();
    }

    /// <summary>A value for ENV/LABEL/ARG: double-quoted when it holds blanks, quotes, <c>$</c> or backslashes.</summary>
    public static string QuoteWord(string value)
    {
        if (value.Length > 0 && !value.Any(c => GoText.IsSpace(c) || c is '"' or '\'' or '\\' or '$' or '`'))
        {
            return value;
        }

        var sb = new StringBuilder("\"");
        foreach (var c in value)
        {
            if (c is '"' or '\\' or '$')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        return sb.Append('"').ToString();
    }

    private static bool NeedsJson(string path) => path.Any(c => GoText.IsSpace(c) || c is '"' or '\'');

    private static string Keyword(string keyword, string[] flags)
    {
        var sb = new StringBuilder(keyword);
        foreach (var flag in flags)
        {
            sb.Append(' ');
            DockerfileWriter.AppendFlag(sb, "--" + flag);
        }

        return sb.ToString();
    }

    private static void AppendFlag(StringBuilder sb, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            sb.Append(' ');
            DockerfileWriter.AppendFlag(sb, "--" + name + "=" + value);
        }
    }
}
