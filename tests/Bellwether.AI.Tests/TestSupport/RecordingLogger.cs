using Microsoft.Extensions.Logging;

namespace Bellwether.AI.Tests.TestSupport;

/// <summary>A logger that keeps every entry it is given, with its event id and formatted message.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly List<(EventId EventId, LogLevel Level, string Message)> _entries = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<(EventId EventId, LogLevel Level, string Message)> Entries
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries];
            }
        }
    }

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        lock (_gate)
        {
            _entries.Add((eventId, logLevel, formatter(state, exception)));
        }
    }
}
