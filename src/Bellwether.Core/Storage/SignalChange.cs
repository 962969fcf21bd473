namespace Bellwether.Core;

/// <summary>One entry of a store's change feed: the latest state of a signal written after an earlier sequence.</summary>
public sealed record SignalChange
{
    /// <summary>Creates a <see cref="SignalChange"/> from its parts.</summary>
    /// <param name="sequence">The store-wide, strictly increasing number of the write that produced this state.</param>
    /// <param name="signalId">The signal that changed.</param>
    /// <param name="signal">The signal as stored now, or null when it was deleted (absorbed by a merge).</param>
    public SignalChange(long sequence, string signalId, Signal? signal)
    {
        Sequence = sequence;
        SignalId = signalId;
        Signal = signal;
    }

    /// <summary>The store-wide, strictly increasing number of the write that produced this state.</summary>
    public long Sequence { get; init; }

    /// <summary>The signal that changed.</summary>
    public string SignalId { get; init; }

    /// <summary>The signal as stored now, or null when it was deleted (absorbed by a merge).</summary>
    public Signal? Signal { get; init; }

    /// <summary>True when the signal no longer exists.</summary>
    public bool IsDeleted => Signal is null;
}
