using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bellwether.Hosting.Internal;

/// <summary>Keeps reader state in memory: lost when the process ends.</summary>
internal sealed class InMemoryReaderStateStore : IReaderStateStore
{
    private readonly ConcurrentDictionary<string, ReaderState> _states = new(StringComparer.OrdinalIgnoreCase);

    public ValueTask<ReaderState?> GetAsync(string readerName, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_states.TryGetValue(readerName, out var state) ? state : null);

    public ValueTask SetAsync(string readerName, ReaderState state, CancellationToken cancellationToken = default)
    {
        _states[readerName] = state;
        return ValueTask.CompletedTask;
    }
}

/// <summary>Keeps reader state in one JSON file, rewritten atomically (a temporary file, then a rename) on every change.</summary>
internal sealed class FileReaderStateStore(string path) : IReaderStateStore, IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);

    public async ValueTask<ReaderState?> GetAsync(string readerName, CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var states = await ReadAsync(cancellationToken).ConfigureAwait(false);
            return states.TryGetValue(readerName, out var state) ? state : null;
        }
        finally
        {
            _lock.Release();
        }
    }

    public async ValueTask SetAsync(string readerName, ReaderState state, CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var states = await ReadAsync(cancellationToken).ConfigureAwait(false);
            states[readerName] = state;
            var full = Path.GetFullPath(path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var temporary = full + ".tmp";
            var stream = File.Create(temporary);
            await using (stream.ConfigureAwait(false))
            {
                await JsonSerializer.SerializeAsync(stream, states, HostingJsonContext.Default.DictionaryStringReaderState, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();

    private async Task<Dictionary<string, ReaderState>> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return new(StringComparer.OrdinalIgnoreCase);
        }

        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                var states = await JsonSerializer.DeserializeAsync(stream, HostingJsonContext.Default.DictionaryStringReaderState, cancellationToken).ConfigureAwait(false);
                return new(states ?? [], StringComparer.OrdinalIgnoreCase);
            }
            catch (JsonException e)
            {
                throw new InvalidOperationException($"The reader state file '{path}' is not valid JSON: {e.Message}", e);
            }
        }
    }
}

/// <summary>Source-generated JSON for the reader state file.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Dictionary<string, ReaderState>))]
internal sealed partial class HostingJsonContext : JsonSerializerContext;
