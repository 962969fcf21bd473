using Bellwether.Core.Internal;

namespace Bellwether.Core;

/// <summary>
/// The argument checks and the merge rule every <see cref="ISignalStore"/> keeps, for a store written outside this
/// library; a save goes through <see cref="SignalChangeSetPlan"/>.
/// </summary>
public static class SignalStoreRules
{
    /// <summary>Checks the arguments of <see cref="ISignalStore.MergeAsync"/> before the store reads anything.</summary>
    /// <param name="survivorId">The signal that remains.</param>
    /// <param name="absorbedId">The signal folded into it and deleted.</param>
    /// <param name="merge">Folds the absorbed signal into the survivor.</param>
    /// <exception cref="ArgumentException">An id is null or empty, or the two ids are the same.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="merge"/> is null.</exception>
    public static void ValidateMerge(string survivorId, string absorbedId, Func<Signal, Signal, Signal> merge)
    {
        ArgumentException.ThrowIfNullOrEmpty(survivorId);
        ArgumentException.ThrowIfNullOrEmpty(absorbedId);
        ArgumentNullException.ThrowIfNull(merge);
        if (string.Equals(survivorId, absorbedId, StringComparison.Ordinal))
        {
            throw new ArgumentException("A signal cannot be merged into itself.", nameof(absorbedId));
        }
    }

    /// <summary>The survivor after <paramref name="merge"/>, as the store is to write it: its own id, one version on.</summary>
    /// <param name="survivor">The stored signal that remains.</param>
    /// <param name="absorbed">The stored signal folded into it.</param>
    /// <param name="merge">Folds <paramref name="absorbed"/> into <paramref name="survivor"/>.</param>
    /// <exception cref="SignalValidationException">The merged signal holds what no store accepts.</exception>
    public static Signal Merge(Signal survivor, Signal absorbed, Func<Signal, Signal, Signal> merge)
    {
        ArgumentNullException.ThrowIfNull(survivor);
        ArgumentNullException.ThrowIfNull(absorbed);
        ArgumentNullException.ThrowIfNull(merge);
        var merged = merge(survivor, absorbed) with { Id = survivor.Id, Version = survivor.Version + 1 };
        StoredSignalRules.Validate(merged, survivor);
        return merged;
    }

    /// <summary>
    /// Checks the arguments of <see cref="ISignalStore.ReadChangesAsync"/> and
    /// <see cref="ISignalStore.ReadMatchRecordsAsync"/>.
    /// </summary>
    /// <param name="afterSequence">The last sequence the caller has seen; not negative.</param>
    /// <param name="limit">The most entries to return, from 1 to <see cref="SignalQuery.MaxLimit"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range.</exception>
    public static void ValidateFeedArguments(long afterSequence, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(afterSequence);
        if (limit is < 1 or > SignalQuery.MaxLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(limit), limit, $"The limit must be between 1 and {SignalQuery.MaxLimit}.");
        }
    }

    /// <summary>Checks the argument of <see cref="ISignalStore.SaveMatchCheckpointAsync"/>.</summary>
    /// <param name="checkpoint">The checkpoint to keep.</param>
    /// <exception cref="ArgumentNullException"><paramref name="checkpoint"/> is null.</exception>
    /// <exception cref="ArgumentException">Its data is empty or its sequence is below 1.</exception>
    public static void ValidateCheckpoint(MatchCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        if (checkpoint.Sequence < 1)
        {
            throw new ArgumentException($"A checkpoint's sequence must be at least 1 (was {checkpoint.Sequence}).", nameof(checkpoint));
        }

        if (checkpoint.Data.IsEmpty)
        {
            throw new ArgumentException("A checkpoint's data must not be empty.", nameof(checkpoint));
        }
    }
}
