using Containerize.Imaging;

namespace Containerize.Imaging.Tests;

/// <summary>Keeps what the image build logs, as the MSBuild task would show it.</summary>
internal sealed class RecordingLog : IBuildLog
{
    private readonly List<string> _lines = new();
    private readonly object _gate = new();

    public List<(string Code, int Line, string Message)> Errors { get; } = new();

    public string Text
    {
        get
        {
            lock (_gate)
            {
                return string.Join("\n", _lines);
            }
        }
    }

    public void Info(string message) => Add(message);

    public void Detail(string message) => Add(message);

    public void Warning(string code, string file, int line, int column, string message) => Add($"{file}({line},{column}): warning {code}: {message}");

    public void Error(string code, string file, int line, int column, string message)
    {
        lock (_gate)
        {
            Errors.Add((code, line, message));
        }

        Add($"{file}({line},{column}): error {code}: {message}");
    }

    private void Add(string line)
    {
        lock (_gate)
        {
            _lines.Add(line);
        }
    }
}
