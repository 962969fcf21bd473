namespace Bellwether.Core;

/// <summary>
/// What the matcher decided for one article, as the store keeps it with the article's evidence: the features and
/// placements a fresh process needs to rebuild the clustering exactly as it stood, in arrival order.
/// </summary>
/// <param name="Sequence">The change-feed sequence of the write that saved it (its <see cref="SaveResult.LastSequence"/>): arrival order.</param>
/// <param name="ArticleId">The article it belongs to.</param>
/// <param name="Data">The matcher's record, opaque to the store (<see cref="SignalChangeSet.MatchRecord"/>).</param>
public sealed record MatchRecord(long Sequence, string ArticleId, string Data);
