namespace Bellwether.Core;

/// <summary>One compaction step: a signal folded into another, which now holds its evidence and counts.</summary>
/// <param name="AbsorbedId">The signal that was merged away and deleted from the store.</param>
/// <param name="Survivor">The signal that absorbed it, as stored after the merge.</param>
public sealed record SignalMerge(string AbsorbedId, Signal Survivor);
