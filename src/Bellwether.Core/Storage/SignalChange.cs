namespace Bellwether.Core;

/// <summary>One entry of a store's change feed: the latest state of a signal written after an earlier sequence.</summary>
/// <param name="Sequence">The store-wide, strictly increasing number of the write that produced this state.</param>
/// <param name="SignalId">The signal that changed.</param>
/// <param name="Signal">The signal as stored now, or null when it was deleted (absorbed by a merge).</param>
public sealed record SignalChange(long Sequence, string SignalId, Signal? Signal)
{
    /// <summary>True when the signal no longer exists.</summary>
    public bool IsDeleted => Signal is null;
}
