namespace Bellwether.Testing.Internal;

/// <summary>
/// A real store behind a test's decorator: every call goes straight to <paramref name="inner"/> unless overridden, except
/// the matching turn, which is the interface's default (none) unless the decorator implements it.
/// </summary>
internal abstract class ForwardingStore(ISignalStore inner) : ISignalStore
{
    /// <summary>The store every call goes to.</summary>
    protected ISignalStore Inner => inner;

    public virtual ValueTask<bool> ContainsArticleAsync(ArticleRecord article, CancellationToken cancellationToken = default) =>
        inner.ContainsArticleAsync(article, cancellationToken);

    public virtual ValueTask<SaveResult> SaveAsync(SignalChangeSet changes, CancellationToken cancellationToken = default) =>
        inner.SaveAsync(changes, cancellationToken);

    public virtual ValueTask<Signal> MergeAsync(string survivorId, string absorbedId, Func<Signal, Signal, Signal> merge, CancellationToken cancellationToken = default) =>
        inner.MergeAsync(survivorId, absorbedId, merge, cancellationToken);

    public virtual ValueTask<Signal?> GetAsync(string id, CancellationToken cancellationToken = default) => inner.GetAsync(id, cancellationToken);

    public virtual ValueTask<SignalPage> QueryAsync(SignalQuery query, CancellationToken cancellationToken = default) => inner.QueryAsync(query, cancellationToken);

    public virtual ValueTask<IReadOnlyList<SignalChange>> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
        inner.ReadChangesAsync(afterSequence, limit, cancellationToken);

    public virtual ValueTask<IReadOnlyList<MatchRecord>> ReadMatchRecordsAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
        inner.ReadMatchRecordsAsync(afterSequence, limit, cancellationToken);

    public virtual ValueTask<MatchCheckpoint?> ReadMatchCheckpointAsync(CancellationToken cancellationToken = default) =>
        inner.ReadMatchCheckpointAsync(cancellationToken);

    public virtual ValueTask<bool> SaveMatchCheckpointAsync(MatchCheckpoint checkpoint, CancellationToken cancellationToken = default) =>
        inner.SaveMatchCheckpointAsync(checkpoint, cancellationToken);
}
