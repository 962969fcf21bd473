using System.Diagnostics.CodeAnalysis;

namespace Bellwether.Core.Internal;

/// <summary>The default store: signals in memory, every write under one lock so it is atomic.</summary>
[SuppressMessage("Reliability", "CA1001", Justification = "The turn's semaphore never creates its wait handle, so it holds nothing to free; a store shared by two containers must outlive the first one's disposal.")]
internal sealed class InMemorySignalStore : ISignalStore
{
    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _matchTurn = new(1, 1);
    private readonly Dictionary<string, Signal> _signals = new(StringComparer.Ordinal);
    private readonly HashSet<string> _articleIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _articleUrls = new(StringComparer.Ordinal);
    private readonly HashSet<string> _contentHashes = new(StringComparer.Ordinal);
    private readonly List<string> _changes = []; // signal id written by sequence _changes.Count (1-based)
    private readonly Dictionary<string, long> _lastChange = new(StringComparer.Ordinal);
    private readonly List<MatchRecord> _matchRecords = []; // ascending sequence
    private MatchCheckpoint? _checkpoint;

    public ValueTask<bool> ContainsArticleAsync(ArticleRecord article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(Contains(article));
        }
    }

    public ValueTask<SaveResult> SaveAsync(SignalChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        cancellationToken.ThrowIfCancellationRequested();
        var plan = new SignalChangeSetPlan(changes);
        lock (_gate)
        {
            if (Contains(changes.Article))
            {
                return ValueTask.FromResult(new SaveResult { IsDuplicateArticle = true });
            }

            foreach (var signal in changes.Created)
            {
                if (_signals.ContainsKey(signal.Id))
                {
                    throw new DuplicateSignalException(signal.Id);
                }
            }

            var reinforced = plan.Reinforce(_signals);
            var first = _changes.Count + 1L;
            foreach (var signal in plan.Created.Concat(reinforced))
            {
                _signals[signal.Id] = signal;
                Touch(signal.Id);
            }

            Record(changes.Article);
            if (changes.MatchRecord is { } data && _changes.Count >= first)
            {
                _matchRecords.Add(new MatchRecord(_changes.Count, changes.Article.Id, data));
            }

            return ValueTask.FromResult(plan.ToSaveResult(reinforced, first, _changes.Count));
        }
    }

    public ValueTask<Signal> MergeAsync(string survivorId, string absorbedId, Func<Signal, Signal, Signal> merge, CancellationToken cancellationToken = default)
    {
        SignalStoreRules.ValidateMerge(survivorId, absorbedId, merge);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var survivor = _signals.GetValueOrDefault(survivorId) ?? throw new SignalNotFoundException(survivorId);
            var absorbed = _signals.GetValueOrDefault(absorbedId) ?? throw new SignalNotFoundException(absorbedId);
            var merged = SignalStoreRules.Merge(survivor, absorbed, merge);
            _signals[survivorId] = merged;
            _signals.Remove(absorbedId);
            Touch(survivorId);
            Touch(absorbedId);
            return ValueTask.FromResult(merged);
        }
    }

    public ValueTask<Signal?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(_signals.GetValueOrDefault(id));
        }
    }

    public ValueTask<SignalPage> QueryAsync(SignalQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        cancellationToken.ThrowIfCancellationRequested();
        List<Signal> matching;
        lock (_gate)
        {
            matching = [.. _signals.Values.Where(s => SignalQueryFilter.Matches(query, s))];
        }

        var ordered = SignalQueryFilter.Order(query, matching).ToList();
        var items = ordered.Skip(query.Offset).Take(query.Limit).ToList();
        var next = query.Offset + items.Count < ordered.Count ? query.Offset + items.Count : (int?)null;
        return ValueTask.FromResult(new SignalPage(items, ordered.Count, next));
    }

    public ValueTask<IReadOnlyList<SignalChange>> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        SignalStoreRules.ValidateFeedArguments(afterSequence, limit);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var changes = new List<SignalChange>();
            for (var sequence = afterSequence + 1; sequence <= _changes.Count && changes.Count < limit; sequence++)
            {
                var id = _changes[(int)(sequence - 1)];
                if (_lastChange[id] == sequence)
                {
                    changes.Add(new SignalChange(sequence, id, _signals.GetValueOrDefault(id)));
                }
            }

            return ValueTask.FromResult<IReadOnlyList<SignalChange>>(changes);
        }
    }

    public ValueTask<IReadOnlyList<MatchRecord>> ReadMatchRecordsAsync(long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        SignalStoreRules.ValidateFeedArguments(afterSequence, limit);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var from = _matchRecords.BinarySearch(new MatchRecord(afterSequence + 1, string.Empty, string.Empty), MatchRecordOrder.Instance);
            from = from < 0 ? ~from : from;
            return ValueTask.FromResult<IReadOnlyList<MatchRecord>>(_matchRecords.GetRange(from, Math.Min(limit, _matchRecords.Count - from)));
        }
    }

    public ValueTask<MatchCheckpoint?> ReadMatchCheckpointAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(_checkpoint);
        }
    }

    public ValueTask<bool> SaveMatchCheckpointAsync(MatchCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        SignalStoreRules.ValidateCheckpoint(checkpoint);
        cancellationToken.ThrowIfCancellationRequested();
        var copy = new MatchCheckpoint(checkpoint.Sequence, checkpoint.Data.ToArray()); // the caller's buffer may be reused
        lock (_gate)
        {
            if (_checkpoint is { } kept && kept.Sequence >= checkpoint.Sequence)
            {
                return ValueTask.FromResult(false);
            }

            _checkpoint = copy;
            return ValueTask.FromResult(true);
        }
    }

    /// <summary>The turn is this instance's: the pipelines sharing it (several containers over one store in a test) take turns.</summary>
    public ValueTask<IAsyncDisposable> AcquireMatchTurnAsync(CancellationToken cancellationToken = default) =>
        SemaphoreMatchTurn.AcquireAsync(_matchTurn, cancellationToken);

    private void Touch(string signalId)
    {
        _changes.Add(signalId);
        _lastChange[signalId] = _changes.Count;
    }

    private bool Contains(ArticleRecord article) =>
        _articleIds.Contains(article.Id)
        || (article.Url is not null && _articleUrls.Contains(article.Url.AbsoluteUri))
        || _contentHashes.Contains(article.ContentHash);

    private void Record(ArticleRecord article)
    {
        _articleIds.Add(article.Id);
        if (article.Url is not null)
        {
            _articleUrls.Add(article.Url.AbsoluteUri);
        }

        _contentHashes.Add(article.ContentHash);
    }
}
