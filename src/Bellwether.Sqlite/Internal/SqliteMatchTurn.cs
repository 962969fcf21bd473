namespace Bellwether.Sqlite.Internal;

/// <summary>
/// The matching turn of one SQLite file, shared by every process that opens it: the companion file
/// <c>{database}-turn</c> opened unshared, which the operating system gives to one open handle at a time and takes
/// back when its process exits or is killed. A process queues for it through a second file, <c>{database}-turn-queue</c>,
/// held while it waits: the holder, coming back for its next turn, waits behind it, so two busy processes alternate
/// instead of one taking turn after turn. Within a process the store's semaphore queues the callers first.
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
    /// Waits for <paramref name="gate"/>, then for the queue and the turn at <paramref name="path"/>, retrying until
    /// <paramref name="timeout"/> has passed on <paramref name="timeProvider"/>.
    /// </summary>
    /// <exception cref="SignalStoreUnavailableException">Another process held the turn for the whole timeout, or a file cannot be opened.</exception>
    public static async ValueTask<IAsyncDisposable> AcquireAsync(string path, SemaphoreSlim gate, TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var started = timeProvider.GetTimestamp();
            var queue = await OpenUnsharedAsync(path + "-queue", started, timeout, timeProvider, cancellationToken).ConfigureAwait(false);
            await using (queue.ConfigureAwait(false))
            {
                return new SqliteMatchTurn(await OpenUnsharedAsync(path, started, timeout, timeProvider, cancellationToken).ConfigureAwait(false), gate);
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

    /// <summary>Opens <paramref name="path"/> for this handle alone, trying again while another holds it, until the timeout.</summary>
    private static async Task<FileStream> OpenUnsharedAsync(string path, long started, TimeSpan timeout, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var pause = TimeSpan.FromMilliseconds(1);
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
            }
            catch (IOException taken) when (taken is not (DirectoryNotFoundException or PathTooLongException))
            {
                // Held by another process (the error code of that differs by system); any other cause of the failure
                // persists and surfaces with the timeout.
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
}
