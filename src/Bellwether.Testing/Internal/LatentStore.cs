namespace Bellwether.Testing.Internal;

/// <summary>
/// A real store whose saves take as long as a round trip to a database server: between a worker's match and its save
/// another worker has time to match, as on a busy network. Everything else, the matching turn included, goes straight
/// to <paramref name="inner"/>.
/// </summary>
internal sealed class LatentStore(ISignalStore inner) : ISignalStore
{
    private static readonly TimeSpan RoundTrip = TimeSpan.FromMilliseconds(3);

    public ValueTask<bool> ContainsArticleAsync(ArticleRecord article, CancellationToken cancellationToken = default) =>
        inner.ContainsArticleAsync(article, cancellationToken);

    public async ValueTask<SaveResult> SaveAsync(SignalChangeSet changes, CancellationToken cancellationToken = default)
    {
        await Task.Delay(RoundTrip, cancellationToken);
        return await inner.SaveAsync(changes, cancellationToken);
    }

    public ValueTask<Signal> MergeAsync(string survivorId, string absorbedId, Func<Signal, Signal, Signal> merge, CancellationToken cancellationToken = default) =>
        inner.MergeAsync(survivorId, absorbedId, merge, cancellationToken);

    public ValueTask<Signal?> GetAsync(string id, CancellationToken cancellationToken = default) => inner.GetAsync(id, cancellationToken);

    public ValueTask<SignalPage> QueryAsync(SignalQuery query, CancellationToken cancellationToken = default) => inner.QueryAsync(query, cancellationToken);

    public ValueTask<IReadOnlyList<SignalChange>> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
        inner.ReadChangesAsync(afterSequence, limit, cancellationToken);

    public ValueTask<IReadOnlyList<MatchRecord>> ReadMatchRecordsAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
        inner.ReadMatchRecordsAsync(afterSequence, limit, cancellationToken);

    public ValueTask<IAsyncDisposable> AcquireMatchTurnAsync(CancellationToken cancellationToken = default) =>
        inner.AcquireMatchTurnAsync(cancellationToken);
}
