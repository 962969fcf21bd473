using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bellwether.Hosting.Internal;

/// <summary>A claim on one scheduled brief.</summary>
internal sealed record ReaderClaim(DateTimeOffset ScheduledAt, string Owner, DateTimeOffset Until);

/// <summary>Everything the state store keeps: each reader's state and open claims.</summary>
internal sealed class ReaderStateFile
{
    public Dictionary<string, ReaderState> Readers { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, ReaderClaim> Claims { get; init; } = new(StringComparer.OrdinalIgnoreCase);

    public bool TryClaim(string reader, DateTimeOffset scheduledAt, string owner, DateTimeOffset now, DateTimeOffset until)
    {
        if (Readers.TryGetValue(reader, out var state) && state.LastScheduledAt >= scheduledAt)
        {
            return false;
        }

        if (Claims.TryGetValue(reader, out var claim) && claim.Owner != owner && claim.Until > now && claim.ScheduledAt >= scheduledAt)
        {
            return false;
        }

        Claims[reader] = new ReaderClaim(scheduledAt, owner, until);
        return true;
    }

    public void Set(string reader, ReaderState state)
    {
        Readers[reader] = state;
        Claims.Remove(reader);
    }
}

/// <summary>Keeps reader state in memory: lost when the process ends; claims hold between hosts of one process.</summary>
internal sealed class InMemoryReaderStateStore : IReaderStateStore
{
    private readonly Lock _lock = new();
    private readonly ReaderStateFile _content = new();

    public ValueTask<ReaderState?> GetAsync(string readerName, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return ValueTask.FromResult(_content.Readers.TryGetValue(readerName, out var state) ? state : null);
        }
    }

    public ValueTask SetAsync(string readerName, ReaderState state, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            _content.Set(readerName, state);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> TryClaimAsync(string readerName, DateTimeOffset scheduledAt, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return ValueTask.FromResult(_content.TryClaim(readerName, scheduledAt, owner, now, until));
        }
    }
}

/// <summary>
/// Keeps reader state in one JSON file, rewritten atomically (a temporary file, then a rename) on every change. Every
/// read-modify-write holds an exclusive lock file beside it, so processes sharing the file claim each brief once.
/// </summary>
internal sealed class FileReaderStateStore(string path) : IReaderStateStore, IDisposable
{
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim _lock = new(1, 1);
    private readonly string _path = Path.GetFullPath(path);

    public async ValueTask<ReaderState?> GetAsync(string readerName, CancellationToken cancellationToken = default) =>
        await UpdateAsync(content => content.Readers.TryGetValue(readerName, out var state) ? state : null, write: false, cancellationToken).ConfigureAwait(false);

    public async ValueTask SetAsync(string readerName, ReaderState state, CancellationToken cancellationToken = default) =>
        await UpdateAsync(content => { content.Set(readerName, state); return true; }, write: true, cancellationToken).ConfigureAwait(false);

    public async ValueTask<bool> TryClaimAsync(string readerName, DateTimeOffset scheduledAt, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default) =>
        await UpdateAsync(content => content.TryClaim(readerName, scheduledAt, owner, now, until), write: true, cancellationToken).ConfigureAwait(false);

    public void Dispose() => _lock.Dispose();

    private async Task<T> UpdateAsync<T>(Func<ReaderStateFile, T> change, bool write, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            using var fileLock = await LockAsync(cancellationToken).ConfigureAwait(false);
            var content = await ReadAsync(cancellationToken).ConfigureAwait(false);
            var result = change(content);
            if (write)
            {
                var temporary = _path + ".tmp";
                var stream = File.Create(temporary);
                await using (stream.ConfigureAwait(false))
                {
                    await JsonSerializer.SerializeAsync(stream, content, HostingJsonContext.Default.ReaderStateFile, cancellationToken).ConfigureAwait(false);
                    stream.Flush(flushToDisk: true);
                }

                File.Move(temporary, _path, overwrite: true);
            }

            return result;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Opens the lock file exclusively, waiting while another process holds it.</summary>
    private async Task<FileStream> LockAsync(CancellationToken cancellationToken)
    {
        var deadline = Environment.TickCount64 + (long)LockWait.TotalMilliseconds;
        while (true)
        {
            try
            {
                return new FileStream(_path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (Environment.TickCount64 < deadline)
            {
                await Task.Delay(20, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<ReaderStateFile> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(_path))
        {
            return new ReaderStateFile();
        }

        var stream = File.OpenRead(_path);
        await using (stream.ConfigureAwait(false))
        {
            try
            {
                var content = await JsonSerializer.DeserializeAsync(stream, HostingJsonContext.Default.ReaderStateFile, cancellationToken).ConfigureAwait(false);
                return new ReaderStateFile
                {
                    Readers = new(content?.Readers ?? [], StringComparer.OrdinalIgnoreCase),
                    Claims = new(content?.Claims ?? [], StringComparer.OrdinalIgnoreCase),
                };
            }
            catch (JsonException e)
            {
                throw new InvalidOperationException($"The reader state file '{_path}' is not valid JSON: {e.Message}", e);
            }
        }
    }
}

/// <summary>Source-generated JSON for the reader state file.</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ReaderStateFile))]
internal sealed partial class HostingJsonContext : JsonSerializerContext;
