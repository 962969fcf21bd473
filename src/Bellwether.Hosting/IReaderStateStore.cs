namespace Bellwether.Hosting;

/// <summary>
/// Keeps each reader's <see cref="ReaderState"/> and the claims that let several instances share it. The defaults: in
/// memory (one process), or a JSON file (<see cref="BellwetherServiceOptions.StateFile"/>) guarded by a lock file, which
/// processes on one machine may share.
/// </summary>
public interface IReaderStateStore
{
    /// <summary>The state of the reader named <paramref name="readerName"/>, or null when nothing is known of them.</summary>
    ValueTask<ReaderState?> GetAsync(string readerName, CancellationToken cancellationToken = default);

    /// <summary>Records the state of the reader named <paramref name="readerName"/>, durably before returning, and releases their claim.</summary>
    ValueTask SetAsync(string readerName, ReaderState state, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims the reader's brief scheduled at <paramref name="scheduledAt"/> for <paramref name="owner"/> until
    /// <paramref name="until"/>, so that of several service instances sharing this store only one composes and sends it.
    /// False when that time was already handled (<see cref="ReaderState.LastScheduledAt"/> is at or after it) or another
    /// owner holds a claim that has not expired at <paramref name="now"/>; the same owner may claim again (a retry).
    /// </summary>
    ValueTask<bool> TryClaimAsync(string readerName, DateTimeOffset scheduledAt, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default);
}
