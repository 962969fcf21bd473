namespace Bellwether.Core;

/// <summary>Keeps signals and the articles already ingested, and merges reinforcements atomically.</summary>
/// <remarks>
/// Implementations are thread-safe; every write is all-or-nothing. Storage failures surface as
/// <see cref="SignalStoreException"/> subtypes that name the problem.
/// </remarks>
public interface ISignalStore
{
    /// <summary>True when an article with the same id, url or content hash was already saved.</summary>
    ValueTask<bool> ContainsArticleAsync(ArticleRecord article, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves what one article changed, atomically: records the article, adds new signals and applies reinforcements.
    /// When the article was already recorded nothing is written and the result says so.
    /// </summary>
    /// <exception cref="SignalNotFoundException">A reinforcement names a signal the store does not hold; nothing was written.</exception>
    /// <exception cref="DuplicateSignalException">A new signal's id is already taken; nothing was written.</exception>
    /// <exception cref="SignalValidationException">A signal to write holds what no store accepts (a NUL character); nothing was written.</exception>
    ValueTask<SaveResult> SaveAsync(SignalChangeSet changes, CancellationToken cancellationToken = default);

    /// <summary>Replaces <paramref name="survivorId"/> with <paramref name="merge"/> of both signals and deletes <paramref name="absorbedId"/>, atomically.</summary>
    /// <param name="survivorId">The signal that remains.</param>
    /// <param name="absorbedId">The signal folded into it and removed.</param>
    /// <param name="merge">Combines (survivor, absorbed); may run more than once when a write conflicts, so it must be pure.</param>
    /// <param name="cancellationToken">Cancels the merge.</param>
    /// <exception cref="SignalNotFoundException">Either signal is missing; nothing was written.</exception>
    /// <exception cref="SignalValidationException">The merged signal holds what no store accepts (a NUL character); nothing was written.</exception>
    ValueTask<Signal> MergeAsync(string survivorId, string absorbedId, Func<Signal, Signal, Signal> merge, CancellationToken cancellationToken = default);

    /// <summary>One signal with its evidence, or null.</summary>
    ValueTask<Signal?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>A page of signals matching <paramref name="query"/>.</summary>
    ValueTask<SignalPage> QueryAsync(SignalQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The change feed: signals written (created, reinforced, merged or deleted) after <paramref name="afterSequence"/>,
    /// oldest first, each once with its latest state. Pass the last <see cref="SignalChange.Sequence"/> seen to read on;
    /// 0 reads everything. Lets a worker see what other workers stored before it matches.
    /// </summary>
    /// <param name="afterSequence">The last sequence already seen; 0 for none.</param>
    /// <param name="limit">The most changes to return, from 1 to <see cref="SignalQuery.MaxLimit"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    ValueTask<IReadOnlyList<SignalChange>> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default);

    /// <summary>
    /// The matcher's records saved with articles (<see cref="SignalChangeSet.MatchRecord"/>) whose write's sequence is
    /// after <paramref name="afterSequence"/>, in arrival order (ascending <see cref="MatchRecord.Sequence"/>). A store
    /// that keeps no records returns none, and the pipeline rebuilds its index from the evidence alone.
    /// </summary>
    /// <param name="afterSequence">The last change-feed sequence already seen; 0 for none.</param>
    /// <param name="limit">The most records to return, from 1 to <see cref="SignalQuery.MaxLimit"/>.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    ValueTask<IReadOnlyList<MatchRecord>> ReadMatchRecordsAsync(long afterSequence, int limit, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<MatchRecord>>([]);

    /// <summary>
    /// The checkpoint kept by <see cref="SaveMatchCheckpointAsync"/>, or null when there is none. The default keeps none,
    /// and a fresh pipeline replays every match record.
    /// </summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    ValueTask<MatchCheckpoint?> ReadMatchCheckpointAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<MatchCheckpoint?>(null);

    /// <summary>
    /// Keeps <paramref name="checkpoint"/> in place of the one kept, unless that one is of the same or a later sequence
    /// (several workers may write one each). The match records and the change feed are not touched. The default keeps
    /// nothing.
    /// </summary>
    /// <param name="checkpoint">The matcher's snapshot and the sequence it caught up to.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>True when the checkpoint was kept.</returns>
    /// <exception cref="ArgumentException">The checkpoint is empty or its sequence is below 1 (see <see cref="SignalStoreRules.ValidateCheckpoint"/>).</exception>
    ValueTask<bool> SaveMatchCheckpointAsync(MatchCheckpoint checkpoint, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(false);

    /// <summary>
    /// Waits for the store's matching turn and holds it until the returned handle is disposed. While one pipeline
    /// holds it, no other pipeline on the same database (another process on the same SQLite file, another worker on
    /// the same PostgreSQL database) catches up, matches and saves, so every match sees every earlier one and several
    /// workers group articles as one process would in their order of arrival. The default takes no lock: a store that
    /// does not override it keeps each worker's writes safe but lets two matches run at the same moment.
    /// </summary>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The turn; dispose it (once) to let the next pipeline in.</returns>
    /// <exception cref="SignalStoreUnavailableException">The turn could not be had (for example, another worker held it longer than the store waits).</exception>
    ValueTask<IAsyncDisposable> AcquireMatchTurnAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IAsyncDisposable>(Internal.NoMatchTurn.Instance);
}
