namespace Bellwether.Core.Tests.TestSupport;

/// <summary>A real store that also counts the signals its change feed hands out (what a pipeline reads back).</summary>
internal sealed class FeedCountingStore(ISignalStore inner) : ISignalStore
{
    private int _signalsRead;

    /// <summary>Signals returned by <see cref="ReadChangesAsync"/> so far (tombstones excluded).</summary>
    public int SignalsRead => Volatile.Read(ref _signalsRead);

    public ValueTask<bool> ContainsArticleAsync(ArticleRecord article, CancellationToken cancellationToken = default) => inner.ContainsArticleAsync(article, cancellationToken);

    public ValueTask<SaveResult> SaveAsync(SignalChangeSet changes, CancellationToken cancellationToken = default) => inner.SaveAsync(changes, cancellationToken);

    public ValueTask<Signal> MergeAsync(string survivorId, string absorbedId, Func<Signal, Signal, Signal> merge, CancellationToken cancellationToken = default) =>
        inner.MergeAsync(survivorId, absorbedId, merge, cancellationToken);

    public ValueTask<Signal?> GetAsync(string id, CancellationToken cancellationToken = default) => inner.GetAsync(id, cancellationToken);

    public ValueTask<SignalPage> QueryAsync(SignalQuery query, CancellationToken cancellationToken = default) => inner.QueryAsync(query, cancellationToken);

    public async ValueTask<IReadOnlyList<SignalChange>> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        var changes = await inner.ReadChangesAsync(afterSequence, limit, cancellationToken);
        Interlocked.Add(ref _signalsRead, changes.Count(c => c.Signal is not null));
        return changes;
    }
}
