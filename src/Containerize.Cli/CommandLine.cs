using System.Text;

namespace Containerize.Cli;

/// <summary>Verb dispatch for the <c>containerize</c> tool.</summary>
internal static class CommandLine
{
    private const string Usage = """
        usage: containerize <verb> [options]

          dump [--json] FILE        print the Dockerfile as BuildKit's parser reads it
                                    (exit 1 with diagnostics on stderr when BuildKit would refuse it)
          lint FILE... [--format text|json|sarif] [--property Name=Value]... [--context DIR] [--no-context]
                                    run Containerize.Sdk's rules (exit 1 when a finding is an error);
                                    --property gives project facts (TargetFramework=net10.0, AssemblyName=App…);
                                    --date yyyy-MM-dd (or CONTAINERIZE_LINT_DATE) the date end-of-support is judged at
          version                   print the tool version
        """;

    public static int Run(string[] args, Stream stdout, TextWriter stderr)
    {
        var output = new StreamWriter(stdout, new UTF8Encoding(false)) { NewLine = "\n", AutoFlush = false };
        try
        {
            if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
            {
                output.Write(Usage.Replace("\r\n", "\n") + "\n");
                return args.Length == 0 ? 2 : 0;
            }

            return args[0] switch
            {
                "dump" => DumpCommand.Run(args.Skip(1).ToArray(), output, stderr),
                "lint" => LintCommand.Run(args.Skip(1).ToArray(), output, stderr),
                "version" => Version(output),
                _ => UnknownVerb(args[0], stderr),
            };
        }
        finally
        {
            output.Flush();
        }
    }

    private static int Version(TextWriter output)
    {
        var version = typeof(CommandLine).Assembly
            .GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>()
            .FirstOrDefault()?.InformationalVersion ?? "unknown";
        output.Write("containerize " + version + "\n");
        return 0;
    }

    private static int UnknownVerb(string verb, TextWriter stderr)
    {
        stderr.WriteLine($"containerize: unknown verb '{verb}'. Run 'containerize --help' for the list of verbs.");
        return 2;
    }

    /// <summary>Reads a file for a verb; on failure writes a one-line reason and returns null.</summary>
    public static byte[]? ReadInput(string path, TextWriter stderr)
    {
        try
        {
            return path == "-" ? ReadAll(Console.OpenStandardInput()) : File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"containerize: cannot read '{path}': {ex.Message}");
            return null;
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
