using System.Diagnostics;
using System.Text;
using Containerize.Dockerfiles;
using Containerize.Imaging.BuildKit.Proto;

namespace Containerize.Imaging.BuildKit;

/// <summary>
/// Turns BuildKit's StatusResponse messages into the same log lines as the classic builder's: one
/// "Step i/N : instruction  [1.2s, cached]" line per Dockerfile instruction when its vertex completes (i is the
/// instruction's place in the file), the commands' output at detailed verbosity, and the failing vertex with its last
/// output lines for the coded error.
/// </summary>
internal sealed class BuildKitProgress
{
    private const int KeptLines = 40;
    private readonly IBuildLog _log;
    private readonly Dockerfile _dockerfile;
    private readonly VertexMap _map;
    private readonly Stopwatch _watch;
    private readonly object _gate = new();
    private readonly Dictionary<string, VertexState> _vertices = new(StringComparer.Ordinal);
    private readonly HashSet<Instruction> _done = new();
    private VertexState? _failed;

    public BuildKitProgress(IBuildLog log, Dockerfile dockerfile, Stopwatch watch)
    {
        _log = log;
        _dockerfile = dockerfile;
        _map = new VertexMap(dockerfile);
        _watch = watch;
    }

    /// <summary>Instructions whose vertex completed.</summary>
    public int Steps { get; private set; }

    public int Cached { get; private set; }

    /// <summary>The first vertex that failed, with its instruction (null for an internal vertex) and its last output.</summary>
    public (string Error, Instruction? Instruction, string Name, IReadOnlyList<string> Output)? Failure
    {
        get
        {
            lock (_gate)
            {
                return _failed is { } f ? (f.Error!, f.Instruction, f.Name, f.Output.Concat(f.Partial.Length > 0 ? new[] { f.Partial.ToString() } : Array.Empty<string>()).ToList()) : null;
            }
        }
    }

    /// <summary>The instruction running now (for timeout and cancellation messages): the last one started and not done.</summary>
    public Instruction? Current
    {
        get
        {
            lock (_gate)
            {
                return _vertices.Values.Where(v => v.Instruction is not null && v.Started && !v.Completed).OrderBy(v => v.Order).LastOrDefault()?.Instruction
                    ?? _vertices.Values.Where(v => v.Instruction is not null).OrderBy(v => v.Order).LastOrDefault()?.Instruction;
            }
        }
    }

    /// <summary>The 1-based place of the running instruction in the file (the "step"), 0 before the first.</summary>
    public int CurrentStep => Current is { } current ? IndexOf(current) : 0;

    public void Report(StatusResponse status)
    {
        lock (_gate)
        {
            foreach (var vertex in status.Vertexes)
            {
                var state = StateOf(vertex.Digest);
                if (state.Name.Length == 0 && vertex.Name.Length > 0)
                {
                    state.Name = vertex.Name;
                    state.Instruction = _map.Find(vertex.Name);
                }

                state.Cached |= vertex.Cached;
                if (vertex.Started is { } started && !state.Started)
                {
                    state.Started = true;
                    state.StartedAt = _watch.Elapsed;
                }

                if (!string.IsNullOrEmpty(vertex.Error) && state.Error is null)
                {
                    state.Error = vertex.Error;
                    if (_failed is null && vertex.Error.IndexOf("context canceled", StringComparison.Ordinal) < 0)
                    {
                        _failed = state;
                    }
                }

                if (vertex.Completed is not null && !state.Completed)
                {
                    state.Completed = true;
                    Finish(state, vertex.Started is { } s && vertex.Completed is { } c ? c.ToDateTime() - s.ToDateTime() : _watch.Elapsed - state.StartedAt);
                }
            }

            foreach (var entry in status.Logs)
            {
                var state = StateOf(entry.Vertex);
                state.Partial.Append(Encoding.UTF8.GetString(entry.Msg.ToByteArray()));
                var text = state.Partial.ToString();
                var lastBreak = text.LastIndexOf('\n');
                if (lastBreak < 0)
                {
                    continue;
                }

                state.Partial.Clear().Append(text.Substring(lastBreak + 1));
                foreach (var raw in text.Substring(0, lastBreak).Split('\n'))
                {
                    var line = raw.TrimEnd('\r');
                    state.Output.Enqueue(line);
                    while (state.Output.Count > KeptLines)
                    {
                        state.Output.Dequeue();
                    }

                    _log.Detail("  " + line);
                }
            }

            foreach (var warning in status.Warnings)
            {
                _log.Detail("  warning: " + Encoding.UTF8.GetString(warning.Short.ToByteArray()));
            }
        }
    }

    private VertexState StateOf(string digest)
    {
        if (!_vertices.TryGetValue(digest, out var state))
        {
            state = new VertexState { Order = _vertices.Count };
            _vertices[digest] = state;
        }

        return state;
    }

    private void Finish(VertexState state, TimeSpan duration)
    {
        if (state.Instruction is not { } instruction || state.Name.StartsWith("[internal]", StringComparison.Ordinal))
        {
            _log.Detail($"  {state.Name}  [{duration.TotalSeconds:F1}s{(state.Cached ? ", cached" : string.Empty)}]");
            return;
        }

        if (!_done.Add(instruction) || state.Error is not null)
        {
            return;
        }

        Steps++;
        if (state.Cached)
        {
            Cached++;
        }

        var text = state.Name.Substring(state.Name.IndexOf(']') + 1).Trim();
        _log.Info($"  Step {IndexOf(instruction)}/{_dockerfile.Instructions.Count} : {text}  [{duration.TotalSeconds:F1}s{(state.Cached ? ", cached" : string.Empty)}]");
    }

    private int IndexOf(Instruction instruction)
    {
        for (var i = 0; i < _dockerfile.Instructions.Count; i++)
        {
            if (ReferenceEquals(_dockerfile.Instructions[i], instruction))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private sealed class VertexState
    {
        public int Order { get; set; }

        public string Name { get; set; } = string.Empty;

        public Instruction? Instruction { get; set; }

        public bool Cached { get; set; }

        public bool Started { get; set; }

        public TimeSpan StartedAt { get; set; }

        public bool Completed { get; set; }

        public string? Error { get; set; }

        public Queue<string> Output { get; } = new();

        public StringBuilder Partial { get; } = new();
    }
}
