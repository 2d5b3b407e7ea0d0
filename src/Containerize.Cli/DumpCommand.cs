using System.Text.Json;
using Containerize.Dockerfiles;

namespace Containerize.Cli;

/// <summary><c>containerize dump [--json] FILE</c>: BuildKit's AST dump, or its per-instruction JSON.</summary>
internal static class DumpCommand
{
    public static int Run(string[] args, TextWriter output, TextWriter stderr)
    {
        var json = args.Contains("--json");
        var files = args.Where(a => a != "--json").ToArray();
        if (files.Length != 1 || files[0].StartsWith("--", StringComparison.Ordinal))
        {
            stderr.WriteLine("usage: containerize dump [--json] FILE");
            return 2;
        }

        var bytes = CommandLine.ReadInput(files[0], stderr);
        if (bytes is null)
        {
            return 2;
        }

        var dockerfile = Dockerfile.Parse(bytes);
        foreach (var diagnostic in dockerfile.Diagnostics)
        {
            stderr.WriteLine(diagnostic.Format(files[0]));
        }

        if (dockerfile.HasErrors)
        {
            return 1;
        }

        if (json)
        {
            WriteJson(dockerfile, output);
        }
        else
        {
            output.Write(dockerfile.Dump());
            output.Write("\n");
        }

        return 0;
    }

    private static void WriteJson(Dockerfile dockerfile, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("children");
            foreach (var instruction in dockerfile.Instructions)
            {
                writer.WriteStartObject();
                writer.WriteNumber("start_line", instruction.StartLine);
                writer.WriteNumber("end_line", instruction.EndLine);
                writer.WriteString("dump", instruction.Dump());
                if (instruction.Heredocs.Count > 0)
                {
                    writer.WriteStartArray("heredocs");
                    foreach (var heredoc in instruction.Heredocs)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("name", heredoc.Name);
                        writer.WriteNumber("fd", heredoc.FileDescriptor);
                        writer.WriteBoolean("expand", heredoc.Expand);
                        writer.WriteBoolean("chomp", heredoc.Chomp);
                        writer.WriteString("content", heredoc.Content);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteString("escape_token", dockerfile.EscapeToken.ToString());
            if (dockerfile.BuildKitWarnings.Count == 0)
            {
                writer.WriteNull("warnings");
            }
            else
            {
                writer.WriteStartArray("warnings");
                foreach (var warning in dockerfile.BuildKitWarnings)
                {
                    writer.WriteStringValue(warning);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        output.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        output.Write("\n");
    }
}
