namespace Bellwether.Core;

/// <summary>One compaction step: a signal folded into another, which now holds its evidence and counts.</summary>
public sealed record SignalMerge
{
    /// <summary>Creates a <see cref="SignalMerge"/> from its parts.</summary>
    /// <param name="absorbedId">The signal that was merged away and deleted from the store.</param>
    /// <param name="survivor">The signal that absorbed it, as stored after the merge.</param>
    public SignalMerge(string absorbedId, Signal survivor)
    {
        AbsorbedId = absorbedId;
        Survivor = survivor;
    }

    /// <summary>The signal that was merged away and deleted from the store.</summary>
    public string AbsorbedId { get; init; }

    /// <summary>The signal that absorbed it, as stored after the merge.</summary>
    public Signal Survivor { get; init; }
}
