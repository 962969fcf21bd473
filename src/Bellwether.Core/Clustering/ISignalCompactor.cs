namespace Bellwether.Core;

/// <summary>Merges signals that have converged, keeping all their evidence and counts.</summary>
public interface ISignalCompactor
{
    /// <summary>Checks <paramref name="signalIds"/> against their nearest signals and merges the converged pairs in the store.</summary>
    /// <param name="signalIds">The signals that just changed.</param>
    /// <param name="cancellationToken">Cancels the compaction.</param>
    /// <returns>The merges made, in order: each absorbed signal's id and its survivor as stored.</returns>
    ValueTask<IReadOnlyList<SignalMerge>> CompactAsync(IReadOnlyCollection<string> signalIds, CancellationToken cancellationToken = default);
}
