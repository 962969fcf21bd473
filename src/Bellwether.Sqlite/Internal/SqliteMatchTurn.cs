namespace Bellwether.Sqlite.Internal;

/// <summary>
/// The matching turn of one SQLite file, shared by every process that opens it: the companion file
/// <c>{database}-turn</c> opened unshared, which the operating system gives to one open handle at a time and takes
/// back when its process exits or is killed. Within a process the store's semaphore queues the callers first, so at
/// most one of them polls the file.
/// </summary>
internal sealed class SqliteMatchTurn : IAsyncDisposable
{
    private static readonly TimeSpan MaxPause = TimeSpan.FromMilliseconds(4);
    private readonly FileStream _file;
    private SemaphoreSlim? _gate;

    private SqliteMatchTurn(FileStream file, SemaphoreSlim gate)
    {
        _file = file;
        _gate = gate;
    }

    /// <summary>
    /// Waits for <paramref name="gate"/>, then for the file at <paramref name="path"/>, retrying until
    /// <paramref name="timeout"/> has passed on <paramref name="timeProvider"/>.
    /// </summary>
    /// <exception cref="SignalStoreUnavailableException">Another process held the turn for the whole timeout, or the file cannot be opened.</exception>
    public static async ValueTask<IAsyncDisposable> AcquireAsync(string path, SemaphoreSlim gate, TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var started = timeProvider.GetTimestamp();
            var pause = TimeSpan.FromMilliseconds(1);
            while (true)
            {
                try
                {
                    return new SqliteMatchTurn(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1), gate);
                }
                catch (IOException taken) when (taken is not (DirectoryNotFoundException or PathTooLongException))
                {
                    // Held by another process (the error code of that differs by system); any other cause of the
                    // failure persists and surfaces with the timeout.
                    var remaining = timeout - timeProvider.GetElapsedTime(started);
                    if (remaining <= TimeSpan.Zero)
                    {
                        throw new SignalStoreUnavailableException(path, $"the matching turn could not be had for the whole busy timeout ({timeout}): {taken.Message}", taken);
                    }

                    await Task.Delay(pause < remaining ? pause : remaining, timeProvider, cancellationToken).ConfigureAwait(false);
                    pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxPause.Ticks));
                }
                catch (Exception error) when (error is IOException or UnauthorizedAccessException)
                {
                    throw new SignalStoreUnavailableException(path, $"the matching turn's file cannot be opened: {error.Message}", error);
                }
            }
        }
        catch
        {
            gate.Release();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _gate, null) is { } gate)
        {
            await _file.DisposeAsync().ConfigureAwait(false);
            gate.Release();
        }
    }
}
