namespace Bellwether.Core.Internal;

/// <summary>The records the matcher saves with each article, and their replay in arrival order.</summary>
internal sealed partial class CentroidSignalMatcher
{
    public string? Record(Article article, IReadOnlyList<PlannedSignal> planned, IReadOnlyList<SignalCandidate> candidates, bool compacts)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(planned);
        ArgumentNullException.ThrowIfNull(candidates);
        lock (_gate)
        {
            if (planned.Count == 0 || candidates.Count == 0 || !_pending.TryGetValue(article.Id, out var features) || features.Counts is not { } counts
                || features.MatchTicks.Count < candidates.Count)
            {
                return null;
            }

            var lastMatched = candidates[^1];
            var matched = new MatchedCandidate[candidates.Count];
            for (var i = 0; i < candidates.Count; i++)
            {
                var candidate = candidates[i];
                matched[i] = new MatchedCandidate(Tags(candidate.Actors, candidate.Topics, candidate.Regions), features.MatchTicks[features.MatchTicks.Count - candidates.Count + i]);
            }

            var placed = new PlacedSignal[planned.Count];
            for (var i = 0; i < planned.Count; i++)
            {
                var (signalId, isNew, candidate) = planned[i];
                // Observe builds each vector with the signal's tags as stored after this write; the first entry, read
                // whole, keeps the vector it was matched with when it is the last matched candidate's evidence.
                var tags = i == 0 && ReferenceEquals(candidate.Evidence.Quotes, lastMatched.Evidence.Quotes)
                    ? Tags(lastMatched.Actors, lastMatched.Topics, lastMatched.Regions)
                    : (isNew ? SignalTags.Of(candidate, MaxTags) : _signalTags.GetValueOrDefault(signalId, SignalTags.Empty).Reinforced(candidate, MaxTags)).All;
                placed[i] = new PlacedSignal(signalId, tags, isNew);
            }

            return new ArticlePlacement
            {
                TitleOnly = features.TitleOnly is not null,
                Section = features.Section,
                Counts = ArticlePlacement.Pack(counts),
                Sketch = ArticlePlacement.Pack(features.Sketch),
                Tags = features.Tags,
                Meaning = features.Meaning is { } meaning ? ArticlePlacement.Pack(meaning) : null,
                Signals = placed,
                Candidates = matched,
                Compacts = compacts,
                Merges = [.. _pendingMerges],
            }.ToJson();
        }
    }

    public void NoteMerge(string absorbedId, Signal survivor)
    {
        ArgumentNullException.ThrowIfNull(absorbedId);
        ArgumentNullException.ThrowIfNull(survivor);
        lock (_gate)
        {
            // The entries Observe will place: those after the ones already seen.
            var seen = _observedEvidence.GetValueOrDefault(survivor.Id);
            var articles = survivor.Evidence.Skip(seen).Select(e => e.Article.Id).ToArray();
            _pendingMerges.Add(new ObservedMerge(survivor.Id, absorbedId, articles, Tags(survivor.Actors, survivor.Topics, survivor.Regions)));
        }
    }

    public void RecordSaved()
    {
        lock (_gate)
        {
            _pendingMerges.Clear();
        }
    }

    public IMatcherCatchUp BeginCatchUp(IReadOnlyList<SignalChange> changes)
    {
        ArgumentNullException.ThrowIfNull(changes);
        return new MatcherCatchUp(this, changes);
    }

    /// <summary>
    /// The searches <see cref="MatchAsync"/> ran for each candidate of a recorded article, their answers unused: a
    /// search caches the norms of the clusters it compares (refreshed as the corpus grows), and the replayed index
    /// must hold the same cached values as the live one to give the same similarities.
    /// </summary>
    private void RepeatSearches(ArticleFeatures features, IReadOnlyList<MatchedCandidate> candidates, ArticleEvidence evidence)
    {
        foreach (var candidate in candidates)
        {
            var story = FindStory(features, candidate.Ticks);
            var vector = features.SignalVector(evidence, candidate.Tags);
            if ((story is { } joined ? LinkedSignal(joined.Cluster.Key, vector, candidate.Ticks) : null) is null)
            {
                SearchSignals(vector, candidate.Ticks, features);
            }
        }
    }

    /// <summary>The features a record kept of its article, as the live matcher had them.</summary>
    private static ArticleFeatures RecordedFeatures(ArticlePlacement placement)
    {
        var counts = ArticlePlacement.UnpackCounts(placement.Counts);
        var storyTags = placement.Tags;
        return new(TextFeatures.Vectorize(counts, storyTags), ArticlePlacement.Unpack<uint>(placement.Sketch), placement.TitleOnly ? string.Empty : null, storyTags, placement.Section)
        {
            Counts = counts,
            Meaning = placement.Meaning is { } meaning ? ArticlePlacement.Unpack<float>(meaning) : null,
        };
    }

    /// <summary>
    /// One catch-up: records replayed in arrival order place their articles as the live matcher did (with the article's
    /// own features, the story and signals it went to, the tags of each vector); then the changes are observed as
    /// usual, for the evidence no record placed (older stores, other matchers, compaction) and deleted signals.
    /// </summary>
    private sealed class MatcherCatchUp : IMatcherCatchUp
    {
        private readonly CentroidSignalMatcher _matcher;
        private readonly IReadOnlyList<SignalChange> _changes;
        private readonly Dictionary<(string SignalId, string ArticleId), ArticleEvidence> _unseen = [];
        private readonly Dictionary<string, ArticleEvidence> _unseenByArticle = new(StringComparer.Ordinal);
        private readonly HashSet<(string SignalId, string ArticleId)> _replayed = [];
        private readonly HashSet<string> _present = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SignalHorizon> _horizons = new(StringComparer.Ordinal);

        public MatcherCatchUp(CentroidSignalMatcher matcher, IReadOnlyList<SignalChange> changes)
        {
            _matcher = matcher;
            _changes = changes;
            lock (matcher._gate)
            {
                foreach (var change in changes)
                {
                    if (change.Signal is not { } signal)
                    {
                        continue;
                    }

                    _present.Add(signal.Id);
                    _horizons[signal.Id] = signal.Horizon;
                    for (var i = matcher._observedEvidence.GetValueOrDefault(signal.Id); i < signal.Evidence.Count; i++)
                    {
                        var evidence = signal.Evidence[i];
                        _unseen.TryAdd((signal.Id, evidence.Article.Id), evidence);
                        _unseenByArticle.TryAdd(evidence.Article.Id, evidence);
                    }
                }
            }
        }

        public void Replay(IEnumerable<MatchRecord> records)
        {
            lock (_matcher._gate)
            {
                foreach (var record in records)
                {
                    if (ArticlePlacement.FromJson(record.Data) is { } placement)
                    {
                        Replay(record.ArticleId, placement);
                    }
                }
            }
        }

        public void Complete()
        {
            lock (_matcher._gate)
            {
                foreach (var change in _changes)
                {
                    if (change.Signal is { } signal)
                    {
                        _matcher.ObserveLocked(signal, _replayed);
                    }
                    else
                    {
                        _matcher.ForgetLocked(change.SignalId);
                    }
                }
            }
        }

        private void Replay(string articleId, ArticlePlacement placement)
        {
            foreach (var merge in placement.Merges)
            {
                Replay(merge);
            }

            ArticleFeatures? features = null;
            var reinforced = new List<string>();
            foreach (var placed in placement.Signals)
            {
                if (!_unseen.TryGetValue((placed.Id, articleId), out var evidence)
                    && (_present.Contains(placed.Id) || !_unseenByArticle.TryGetValue(articleId, out evidence)))
                {
                    // Placed already (this matcher's own write), or gone with its signal; a signal absorbed since
                    // then is placed with its entry as the survivor holds it, and forgotten with the deletion.
                    continue;
                }

                var fresh = features is null;
                if (fresh)
                {
                    features = RecordedFeatures(placement);
                    _matcher.RepeatSearches(features, placement.Candidates, evidence);
                }

                _matcher.Place(placed.Id, evidence, placed.Tags, fresh ? features : null, fresh, Horizon(placed.Id));
                _replayed.Add((placed.Id, articleId));
                if (!placed.IsNew)
                {
                    reinforced.Add(placed.Id);
                }
            }

            if (placement.Compacts && reinforced.Count > 0)
            {
                _matcher.FindConvergedLocked(reinforced); // the compactor's search, for its side effects on the index's caches
            }
        }

        /// <summary>A signal's horizon as the store holds it (a horizon never changes); null for a signal deleted since, which fades at the level's default.</summary>
        private SignalHorizon? Horizon(string signalId) => _horizons.TryGetValue(signalId, out var horizon) ? horizon : null;

        /// <summary>A compaction as the live matcher observed it: the absorbed signal forgotten, its entries placed in the survivor from the store's evidence.</summary>
        private void Replay(ObservedMerge merge)
        {
            if (!_matcher._signalByKey.ContainsKey(merge.Survivor) || !_matcher._signalByKey.ContainsKey(merge.Absorbed))
            {
                return; // not replayed from the start (its signals predate the records): the changes stand in for it
            }

            _matcher.ForgetLocked(merge.Absorbed);
            foreach (var articleId in merge.Articles)
            {
                if (_unseen.TryGetValue((merge.Survivor, articleId), out var evidence) || _unseenByArticle.TryGetValue(articleId, out evidence))
                {
                    _matcher.Place(merge.Survivor, evidence, merge.Tags, null, false, Horizon(merge.Survivor));
                    _replayed.Add((merge.Survivor, articleId));
                }
            }
        }
    }
}
