using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Bellwether.Core.Internal;

/// <summary>
/// The pipeline's checkpoints of the matcher's index (<see cref="BellwetherOptions.CheckpointInterval"/>): counts the
/// match records replayed and saved since the last one, takes a snapshot when one is due, saves it, and loads the
/// latest at start-up. Logs under the pipeline's category.
/// </summary>
/// <param name="store">Where checkpoints are kept.</param>
/// <param name="matcher">The matcher whose index they hold.</param>
/// <param name="interval">The records between two checkpoints (at least 1).</param>
/// <param name="logger">The pipeline's logger.</param>
/// <param name="metrics">Where the time and size of each checkpoint are recorded.</param>
internal sealed class MatcherCheckpoints(ISignalStore store, IRecordingMatcher matcher, int interval, ILogger logger, BellwetherMetrics metrics)
{
    private long _recordsSince;

    /// <summary>Counts records replayed or saved since the last checkpoint.</summary>
    public void Count(int records) => Interlocked.Add(ref _recordsSince, records);

    /// <summary>
    /// A snapshot of the index when an interval of records has passed since the last, or null. Take it in the matching
    /// turn, just caught up to <paramref name="sequence"/>, so that it holds exactly the changes up to it.
    /// </summary>
    public MatchCheckpoint? Due(long sequence)
    {
        if (Interlocked.Read(ref _recordsSince) < interval)
        {
            return null;
        }

        try
        {
            var started = Stopwatch.GetTimestamp();
            if (matcher.Checkpoint() is not { } data)
            {
                return null; // still rebuilding from the store
            }

            metrics.CheckpointDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("stage", "take"));
            metrics.CheckpointSize.Record(data.Length);
            Interlocked.Exchange(ref _recordsSince, 0);
            return new MatchCheckpoint(sequence, data);
        }
        catch (IOException error)
        {
            // An index past the 2 GB a snapshot can hold: try again an interval later, not on every turn.
            Log.CheckpointNotSaved(logger, error, sequence);
            Interlocked.Exchange(ref _recordsSince, 0);
            return null;
        }
    }

    /// <summary>
    /// Saves a checkpoint. A failure costs the next start-up time, never the article just ingested, which is stored
    /// already (a store unavailable, a checkpoint larger than the store takes, a cancellation): it is logged, and the
    /// next one is taken an interval later.
    /// </summary>
    public async ValueTask SaveAsync(MatchCheckpoint checkpoint, CancellationToken cancellationToken)
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            await store.SaveMatchCheckpointAsync(checkpoint, cancellationToken).ConfigureAwait(false);
            metrics.CheckpointDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, new KeyValuePair<string, object?>("stage", "save"));
            Log.CheckpointSaved(logger, checkpoint.Sequence, checkpoint.Data.Length);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The article is stored and its result is the caller's; the checkpoint waits for a later interval.
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            Log.CheckpointNotSaved(logger, error, checkpoint.Sequence);
        }
    }

    /// <summary>
    /// Loads the store's latest checkpoint into the fresh matcher; the sequence it caught up to, from which the feed is
    /// read, or 0 when there is none or it cannot be used (other clustering options, another format, damaged: logged,
    /// and the whole feed is replayed as without one).
    /// </summary>
    public async ValueTask<long> RestoreAsync(CancellationToken cancellationToken)
    {
        if (await store.ReadMatchCheckpointAsync(cancellationToken).ConfigureAwait(false) is not { } checkpoint)
        {
            return 0;
        }

        if (!matcher.TryRestore(checkpoint.Data, out var reason))
        {
            Log.CheckpointNotUsed(logger, checkpoint.Sequence, reason);
            return 0;
        }

        Log.CheckpointLoaded(logger, checkpoint.Sequence, checkpoint.Data.Length);
        return checkpoint.Sequence;
    }
}
