using Microsoft.Extensions.Logging;

namespace Bellwether.Core.Tests.TestSupport;

/// <summary>Keeps every log entry written through the <see cref="RecordingLogger{T}"/>s of one container.</summary>
public sealed class RecordingLogs
{
    private readonly List<(string Category, int EventId, string Message)> _entries = [];

    /// <summary>The entries so far, oldest first.</summary>
    public IReadOnlyList<(string Category, int EventId, string Message)> Entries
    {
        get
        {
            lock (_entries)
            {
                return [.. _entries];
            }
        }
    }

    internal void Add(string category, int eventId, string message)
    {
        lock (_entries)
        {
            _entries.Add((category, eventId, message));
        }
    }
}

/// <summary>An <see cref="ILogger{TCategoryName}"/> that records into <see cref="RecordingLogs"/>, at every level.</summary>
public sealed class RecordingLogger<T>(RecordingLogs logs) : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        logs.Add(typeof(T).Name, eventId.Id, formatter(state, exception));
}
