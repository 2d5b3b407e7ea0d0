namespace Containerize.Imaging;

/// <summary>
/// Calls the handler on the reporting thread. System.Progress posts to the thread pool, so a push's error message
/// could arrive after PushImageAsync returned and be missed.
/// </summary>
public sealed class SyncProgress<T> : IProgress<T>
{
    private readonly Action<T> _handler;
    private readonly object _gate = new();

    public SyncProgress(Action<T> handler)
    {
        _handler = handler;
    }

    public void Report(T value)
    {
        lock (_gate)
        {
            _handler(value);
        }
    }
}
