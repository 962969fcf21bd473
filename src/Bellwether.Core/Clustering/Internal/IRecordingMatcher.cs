using System.Diagnostics.CodeAnalysis;

namespace Bellwether.Core.Internal;

/// <summary>
/// A matcher whose decisions can be saved with each article and replayed: the pipeline saves <see cref="Record"/>
/// with the article's evidence and hands what it reads back from the store to <see cref="BeginCatchUp"/>.
/// </summary>
internal interface IRecordingMatcher
{
    /// <summary>
    /// The record of an article whose candidates were all just matched, or null when there is nothing to record.
    /// </summary>
    /// <param name="article">The article.</param>
    /// <param name="planned">Where its candidates go, in the order the matcher will observe them (new signals first, then reinforced ones).</param>
    /// <param name="candidates">The candidates, in the order they were matched.</param>
    /// <param name="compacts">True when the pipeline will look for converged signals among those the article reinforces.</param>
    string? Record(Article article, IReadOnlyList<PlannedSignal> planned, IReadOnlyList<SignalCandidate> candidates, bool compacts);

    /// <summary>
    /// Notes a compaction about to be observed (before <see cref="ISignalMatcher.Forget"/> and
    /// <see cref="ISignalMatcher.Observe"/> of the survivor), so that the next record carries it.
    /// </summary>
    void NoteMerge(string absorbedId, Signal survivor);

    /// <summary>The record last returned by <see cref="Record"/> was saved: the merges it carried are not carried again.</summary>
    void RecordSaved();

    /// <summary>
    /// The whole index as it stands, for the pipeline to save as a checkpoint at the sequence it has caught up to; null
    /// while the matcher is still rebuilding from the store (before its first match), when its state is not yet the live one.
    /// </summary>
    ReadOnlyMemory<byte>? Checkpoint();

    /// <summary>
    /// Loads a <see cref="Checkpoint"/> into this empty matcher. False, with the reason, when it cannot be used (another
    /// format or other clustering options, a checksum that does not match, an index not empty): the matcher is unchanged.
    /// </summary>
    /// <param name="checkpoint">The checkpoint's bytes.</param>
    /// <param name="reason">Why it was not used.</param>
    bool TryRestore(ReadOnlyMemory<byte> checkpoint, [NotNullWhen(false)] out string? reason);

    /// <summary>Starts bringing the index up to date with <paramref name="changes"/>, read from the change feed.</summary>
    IMatcherCatchUp BeginCatchUp(IReadOnlyList<SignalChange> changes);
}

/// <summary>One signal a candidate goes to.</summary>
/// <param name="SignalId">The signal.</param>
/// <param name="IsNew">True when the candidate starts it.</param>
/// <param name="Candidate">The candidate.</param>
internal readonly record struct PlannedSignal(string SignalId, bool IsNew, SignalCandidate Candidate);

/// <summary>One catch-up of a <see cref="IRecordingMatcher"/>: records replayed page by page, then the changes observed.</summary>
internal interface IMatcherCatchUp
{
    /// <summary>Replays <paramref name="records"/>, which follow any replayed before in arrival order.</summary>
    void Replay(IEnumerable<MatchRecord> records);

    /// <summary>Observes the changes (the evidence no record placed) and forgets deleted signals.</summary>
    void Complete();
}
