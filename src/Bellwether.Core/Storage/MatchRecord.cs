namespace Bellwether.Core;

/// <summary>
/// What the matcher decided for one article, as the store keeps it with the article's evidence: the features and
/// placements a fresh process needs to rebuild the clustering exactly as it stood, in arrival order.
/// </summary>
public sealed record MatchRecord
{
    /// <summary>Creates a <see cref="MatchRecord"/> from its parts.</summary>
    /// <param name="sequence">The change-feed sequence of the write that saved it (its <see cref="SaveResult.LastSequence"/>): arrival order.</param>
    /// <param name="articleId">The article it belongs to.</param>
    /// <param name="data">The matcher's record, opaque to the store (<see cref="SignalChangeSet.MatchRecord"/>).</param>
    public MatchRecord(long sequence, string articleId, string data)
    {
        Sequence = sequence;
        ArticleId = articleId;
        Data = data;
    }

    /// <summary>The change-feed sequence of the write that saved it (its <see cref="SaveResult.LastSequence"/>): arrival order.</summary>
    public long Sequence { get; init; }

    /// <summary>The article it belongs to.</summary>
    public string ArticleId { get; init; }

    /// <summary>The matcher's record, opaque to the store (<see cref="SignalChangeSet.MatchRecord"/>).</summary>
    public string Data { get; init; }
}
