using System.Collections.Concurrent;

namespace Bellwether.Core.Tests.TestSupport;

/// <summary>
/// A real store that also counts the signals its change feed hands out (what a pipeline reads back) and keeps every
/// change set it was asked to save. It does not pass match records on (<see cref="ISignalStore.ReadMatchRecordsAsync"/>
/// keeps its default), as a store written before them.
/// </summary>
internal sealed class WatchedStore(ISignalStore inner) : ISignalStore
{
    private readonly ConcurrentQueue<SignalChangeSet> _saved = new();
    private int _signalsRead;

    /// <summary>Signals returned by <see cref="ReadChangesAsync"/> so far (tombstones excluded).</summary>
    public int SignalsRead => Volatile.Read(ref _signalsRead);

    public ValueTask<bool> ContainsArticleAsync(ArticleRecord article, CancellationToken cancellationToken = default) => inner.ContainsArticleAsync(article, cancellationToken);

    /// <summary>The change sets passed to <see cref="SaveAsync"/> so far, oldest first.</summary>
    public IReadOnlyList<SignalChangeSet> Saved => [.. _saved];

    public ValueTask<SaveResult> SaveAsync(SignalChangeSet changes, CancellationToken cancellationToken = default)
    {
        _saved.Enqueue(changes);
        return inner.SaveAsync(changes, cancellationToken);
    }

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
