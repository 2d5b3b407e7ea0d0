namespace Containerize.Imaging;

/// <summary>Where the image build reports to (the MSBuild task adapts this to its log).</summary>
public interface IBuildLog
{
    /// <summary>Normal verbosity: steps, their duration and cache hits.</summary>
    void Info(string message);

    /// <summary>Detailed verbosity: the full build output.</summary>
    void Detail(string message);

    void Warning(string code, string file, int line, int column, string message);

    void Error(string code, string file, int line, int column, string message);
}
