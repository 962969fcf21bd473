using Bellwether.Core.Text;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bellwether.Core.Internal;

/// <summary>
/// Two-level online clustering. An article joins the story (tight: same event, same days) whose centroid is closest
/// after time decay, or starts one; a candidate reinforces the signal its story already feeds, else the closest
/// signal (looser: slower decay, evidence text), else starts one. Both levels use hashed TF-IDF with document
/// frequencies learnt from the stream and an inverted index with common-term pruning, so no match scans every cluster.
/// Stories that converge are merged every <see cref="ClusteringOptions.StoryMergeInterval"/> articles. With an
/// embedding generator registered, an article whose words fall short of a story's bar still joins it when its meaning
/// is close enough (<see cref="ClusteringOptions.StoryMeaningThreshold"/>).
/// </summary>
internal sealed partial class CentroidSignalMatcher(
    IOptions<ClusteringOptions> options,
    TimeProvider timeProvider,
    ISignalReranker? reranker = null,
    IEmbeddingGenerator<string, Embedding<float>>? embeddings = null,
    IMatchSimilarity? similarity = null,
    ILogger<CentroidSignalMatcher>? logger = null) : ISignalMatcher, IRecordingMatcher
{
    private readonly ILogger _logger = logger ?? NullLogger<CentroidSignalMatcher>.Instance;

    private const int MeaningBodyCharacters = 1000;
    private const int MaxSignalsPerStory = 8;
    private const int MaxPending = 4096;
    private const int CentroidQueryTerms = 12;
    private const int MaxTags = 8;
    private const int SectionHits = 4;
    private const int CompactionHits = 8;
    private readonly Lock _gate = new();
    private readonly ClusteringOptions _options = options.Value;
    private ClusterIndex _stories = new(ClusterLevel.Stories(options.Value));
    private ClusterIndex _signals = new(ClusterLevel.Signals(options.Value));
    private readonly Dictionary<string, Cluster> _storyByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<Cluster, string> _storySection = [];
    private readonly Dictionary<string, string> _storyAlias = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _storySignals = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Cluster> _signalByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _observedEvidence = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _headlines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SignalTags> _signalTags = new(StringComparer.Ordinal);
    private readonly List<ObservedMerge> _pendingMerges = [];
    private readonly Dictionary<string, ArticleFeatures> _pending = new(StringComparer.Ordinal);
    private readonly Queue<string> _pendingOrder = new();
    private readonly HashSet<Cluster> _changedStories = [];
    private StoryMeanings _meanings = new();
    private HashSet<string>? _warmArticles = new(StringComparer.Ordinal);
    private int _sinceMerge;
    private long _newestTicks = long.MinValue;
    private long _oldestTicks = long.MaxValue;
    private long _latenessTicks;

    public async ValueTask<SignalMatch> MatchAsync(SignalCandidate candidate, Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(article);
        cancellationToken.ThrowIfCancellationRequested();
        var meaning = await MeaningAsync(article, cancellationToken).ConfigureAwait(false);
        SignalMatch match;
        List<ScoredSignal>? shortList = null;
        lock (_gate)
        {
            _warmArticles = null;
            var tags = Tags(candidate.Actors, candidate.Topics, candidate.Regions);
            var features = Features(article, Tags(candidate.Actors, [], candidate.Regions));
            features.Meaning ??= meaning;
            var signalVector = features.SignalVector(candidate.Evidence, tags);
            features.Matched = (candidate.Evidence.Quotes, signalVector);
            var ticks = (article.PublishedAt ?? timeProvider.GetUtcNow()).UtcTicks;
            features.MatchTicks.Add(ticks);
            var story = FindStory(features, ticks);
            var nearDuplicate = story is { } s && IsCopy(s.Cluster, features.Sketch);
            var linked = story is { } joined ? LinkedSignal(joined.Cluster.Key, signalVector, ticks) : null;
            var kept = features.TitleOnly is null ? features.Sketch : null;
            if (linked is { } l)
            {
                return new SignalMatch(l.Cluster.Key, l.Similarity, story!.Value.Cluster.Key, nearDuplicate) { CopySketch = kept };
            }

            var hits = SearchSignals(signalVector, ticks, features);
            match = new SignalMatch(
                hits.Count > 0 && hits[0].Similarity >= _options.SignalMatchThreshold ? hits[0].Cluster.Key : null,
                hits.Count > 0 ? hits[0].Similarity : 0,
                story?.Cluster.Key,
                nearDuplicate) { CopySketch = kept };
            if (reranker is not null && hits.Count > 1)
            {
                shortList = [.. hits.Select(h => new ScoredSignal(h.Cluster.Key, _headlines.GetValueOrDefault(h.Cluster.Key, h.Cluster.Key), h.Similarity))];
            }
        }

        if (shortList is not null)
        {
            var reranked = await reranker!.RerankAsync(candidate, shortList, cancellationToken).ConfigureAwait(false);
            var best = reranked.Count > 0 ? reranked[0] : default;
            match = match with { SignalId = best.SignalId is not null && best.Similarity >= _options.SignalMatchThreshold ? best.SignalId : null, Similarity = best.Similarity };
        }

        return match;
    }

    public void Observe(Signal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        lock (_gate)
        {
            ObserveLocked(signal, null);
        }
    }

    /// <summary>Places the signal's evidence not seen yet, except the entries a replayed record already placed (<paramref name="replayed"/>).</summary>
    private void ObserveLocked(Signal signal, HashSet<(string SignalId, string ArticleId)>? replayed)
    {
        // Evidence only grows; an older version observed late (two writers' results in the opposite order of their saves) adds nothing.
        if (!_signalTags.TryGetValue(signal.Id, out var known) || known.Version <= signal.Version)
        {
            _signalTags[signal.Id] = SignalTags.Of(signal, MaxTags);
        }

        var seen = _observedEvidence.GetValueOrDefault(signal.Id);
        if (signal.Evidence.Count <= seen)
        {
            return;
        }

        for (var i = seen; i < signal.Evidence.Count; i++)
        {
            if (replayed is null || !replayed.Contains((signal.Id, signal.Evidence[i].Article.Id)))
            {
                ObserveEvidence(signal, signal.Evidence[i]);
            }
        }

        _headlines[signal.Id] = signal.Headline;
        _observedEvidence[signal.Id] = signal.Evidence.Count;
        if (_options.EvictStaleClusters && !_signalByKey.ContainsKey(signal.Id))
        {
            // Evicted already (a catch-up replayed its records), or by the placing of its own late evidence: keep nothing of it.
            ForgetLocked(signal.Id);
        }
    }

    public void Forget(string signalId)
    {
        lock (_gate)
        {
            ForgetLocked(signalId);
        }
    }

    private void ForgetLocked(string signalId)
    {
        if (_signalByKey.Remove(signalId, out var cluster))
        {
            _signals.Remove(cluster);
        }

        _observedEvidence.Remove(signalId);
        _headlines.Remove(signalId);
        _signalTags.Remove(signalId);
    }

    public string ResolveStory(string storyId)
    {
        lock (_gate)
        {
            return Resolve(storyId);
        }
    }

    public IReadOnlyList<(string SurvivorId, string AbsorbedId)> FindConverged(IReadOnlyCollection<string> signalIds)
    {
        ArgumentNullException.ThrowIfNull(signalIds);
        lock (_gate)
        {
            return FindConvergedLocked(signalIds);
        }
    }

    private List<(string SurvivorId, string AbsorbedId)> FindConvergedLocked(IEnumerable<string> signalIds)
    {
        var pairs = new List<(string, string)>();
        foreach (var id in signalIds)
        {
            // A signal moves little per article: look again when it doubled, then every 16 articles.
            if (!_signalByKey.TryGetValue(id, out var cluster) || !IsCheckpoint(cluster.Size))
            {
                continue;
            }

            // Two signals of one theme started far apart in time meet once their spans do (another worker's older articles).
            var hits = _signals.Search(cluster.Centroid, cluster.LastTicks, CompactionHits, cluster, CentroidQueryTerms, spanToSpan: true);
            if (hits is [var hit, ..] && hit.Similarity >= _options.CompactionThreshold)
            {
                var (survivor, absorbed) = hit.Cluster.Size >= cluster.Size ? (hit.Cluster, cluster) : (cluster, hit.Cluster);
                pairs.Add((survivor.Key, absorbed.Key));
                continue;
            }

            if (cluster.Size > 1)
            {
                pairs.AddRange(Orphans(cluster, hits).Select(orphan => (cluster.Key, orphan.Key)));
            }
        }

        return pairs;
    }

    /// <summary>
    /// The signals of one article among <paramref name="hits"/> (the signals nearest <paramref name="signal"/>) that
    /// would have joined it had it existed when their article came: it reaches the join bar
    /// (<see cref="ClusteringOptions.SignalMatchThreshold"/>) and is the nearest signal to them. An article that
    /// arrives before the rest of its pattern otherwise stays alone however close the later signal grows.
    /// </summary>
    private IEnumerable<Cluster> Orphans(Cluster signal, List<ClusterHit> hits)
    {
        foreach (var hit in hits)
        {
            if (hit.Similarity < _options.SignalMatchThreshold)
            {
                yield break;
            }

            if (hit.Cluster.Size == 1
                && _signals.Search(hit.Cluster.Centroid, hit.Cluster.LastTicks, 1, hit.Cluster, CentroidQueryTerms, spanToSpan: true) is [var nearest]
                && ReferenceEquals(nearest.Cluster, signal))
            {
                yield return hit.Cluster;
            }
        }
    }

    /// <summary>Evidence text (title and quotes) plus the signal's actors, topics and regions as extra terms.</summary>
    private static TermVector SignalVector(ArticleEvidence evidence, IReadOnlyList<string> tags) =>
        TextFeatures.Vectorize(OutletTag.Strip(evidence.Article.Title, evidence.Article.Source), evidence.Quotes.Count == 0 ? null : string.Join(' ', evidence.Quotes.Select(q => q.Text)), tags);

    /// <summary>The first few actors, topics and regions (a signal's lists grow with its evidence; its first entries are its strongest).</summary>
    private static IReadOnlyList<string> Tags(IReadOnlyList<string> actors, IReadOnlyList<string> topics, IReadOnlyList<string> regions) =>
        actors.Count + topics.Count + regions.Count == 0 ? [] : [.. actors.Take(MaxTags), .. topics.Take(MaxTags), .. regions.Take(MaxTags)];

    /// <summary>
    /// The article's text; a bare headline also gets the words of its address (which often carry the untruncated or
    /// original headline) and the actors, topics and regions found in it, which tie different wordings of one event
    /// together. A body already names the event's specifics, and there those pattern-level tags would join distinct
    /// events of one kind into a story (they belong to the signal level). Text given as HTML is read as the words a
    /// reader sees.
    /// </summary>
    private static ArticleFeatures NewFeatures(string title, string? text, Uri? url, string? section, IReadOnlyList<string> tags)
    {
        title = Markup.ToPlainText(title);
        text = text is null ? null : Markup.ToPlainText(text);
        var titleOnly = string.IsNullOrWhiteSpace(text);
        IReadOnlyList<string> storyTags = titleOnly ? tags : [];
        var words = titleOnly ? TextFeatures.AddressWords(url) : text;
        var counts = TextFeatures.Counts(title, words);
        var vector = TextFeatures.Vectorize(counts, storyTags);
        return new(vector, TextFeatures.Sketch(title, text), titleOnly ? title : null, storyTags, NormalisedSection(section)) { Counts = counts };
    }

    /// <summary>
    /// The features of an article known only from the store (a restart, or another worker's write). The store keeps no
    /// body: an article that had one kept its copy sketch, and its quotes, sentences of that body, stand in for it.
    /// </summary>
    private static ArticleFeatures StoredFeatures(ArticleEvidence evidence, IReadOnlyList<string> tags)
    {
        var article = evidence.Article;
        if (article.CopySketch is not { Count: > 0 } sketch)
        {
            return NewFeatures(OutletTag.Strip(article.Title, article.Source), null, article.Url, article.Section, tags);
        }

        var quotes = string.Join(' ', evidence.Quotes.Select(q => q.Text));
        return new(TextFeatures.Vectorize(OutletTag.Strip(article.Title, article.Source), quotes), [.. sketch.Order().Take(TextFeatures.SketchSize)], null, [], NormalisedSection(article.Section));
    }

    private static string? NormalisedSection(string? section) => string.IsNullOrWhiteSpace(section) ? null : section.Trim().ToUpperInvariant();

    /// <summary>
    /// The story the article joins: the closest it may join by words (scored by <see cref="IMatchSimilarity"/> when one
    /// is registered) if it reaches the bar, else one close in meaning; null when none.
    /// </summary>
    private ClusterHit? FindStory(ArticleFeatures features, long ticks)
    {
        var best = similarity is null
            ? BestStory(features.Story, ticks, features.Section, null, int.MaxValue)
            : Rescore(_stories.Search(features.Story, ticks, SectionHits).Where(h => MayJoin(h.Cluster, features.Section)), MatchLevel.Story, features, ticks) is [var top, ..] ? top : null;
        return best is { } hit && hit.Similarity >= _options.StoryMatchThreshold ? hit : ByMeaning(features, ticks);
    }

    /// <summary>The closest signals by words, best first: one, or a short list for a re-ranker or an <see cref="IMatchSimilarity"/> to weigh.</summary>
    private List<ClusterHit> SearchSignals(TermVector vector, long ticks, ArticleFeatures features)
    {
        var hits = _signals.Search(vector, ticks, reranker is null && similarity is null ? 1 : 8);
        return similarity is null ? hits : Rescore(hits, MatchLevel.Signal, features, ticks);
    }

    /// <summary>The hits scored by <see cref="IMatchSimilarity"/>, best first (the index's order among equal scores).</summary>
    private List<ClusterHit> Rescore(IEnumerable<ClusterHit> hits, MatchLevel level, ArticleFeatures features, long ticks) =>
        [.. hits.Select(h => new ClusterHit(h.Cluster, similarity!.Score(new MatchFeatures
        {
            Level = level,
            WordSimilarity = h.Similarity,
            TimeApart = TimeSpan.FromTicks(h.Cluster.GapTo(ticks)),
            CandidateSize = h.Cluster.Size,
            ArticleHasBody = features.TitleOnly is null,
        }))).OrderByDescending(h => h.Similarity)];

    /// <summary>The closest story that an article of <paramref name="section"/> may join: stories do not cross sections, and an article or story without one joins any.</summary>
    private ClusterHit? BestStory(TermVector query, long ticks, string? section, Cluster? of, int retrievalTerms)
    {
        foreach (var hit in _stories.Search(query, ticks, SectionHits, of, retrievalTerms))
        {
            if (MayJoin(hit.Cluster, section))
            {
                return hit;
            }
        }

        return null;
    }

    /// <summary>Whether an article of <paramref name="section"/> may join <paramref name="story"/>: stories do not cross sections, and an article or story without one joins any.</summary>
    private bool MayJoin(Cluster story, string? section) =>
        section is null || !_storySection.TryGetValue(story, out var other) || string.Equals(section, other, StringComparison.Ordinal);

    /// <summary>The article's features, computed with the tags of its first candidate and kept until the article is observed.</summary>
    private ArticleFeatures Features(Article article, IReadOnlyList<string> tags)
    {
        if (!_pending.TryGetValue(article.Id, out var features))
        {
            features = NewFeatures(OutletTag.Strip(article.Title, article.Source), article.Text, article.Url, article.Section, tags);
            _pending[article.Id] = features;
            _pendingOrder.Enqueue(article.Id);
            if (_pendingOrder.Count > MaxPending)
            {
                _pending.Remove(_pendingOrder.Dequeue());
            }
        }

        return features;
    }

    /// <summary>
    /// The article's embedding, once per article (its candidates share it), or null without a generator or when the
    /// meaning bar is off.
    /// </summary>
    private async ValueTask<float[]?> MeaningAsync(Article article, CancellationToken cancellationToken)
    {
        if (embeddings is null || _options.StoryMeaningThreshold >= 1)
        {
            return null;
        }

        lock (_gate)
        {
            if (_pending.TryGetValue(article.Id, out var known) && known.Meaning is { } cached)
            {
                return cached;
            }
        }

        var text = string.IsNullOrEmpty(article.Text) ? article.Title : article.Title + "\n" + (article.Text.Length > MeaningBodyCharacters ? article.Text[..MeaningBodyCharacters] : article.Text);
        var generated = await embeddings.GenerateAsync([text], cancellationToken: cancellationToken).ConfigureAwait(false);
        return generated.Count == 0 ? null : StoryMeanings.Unit(generated[0].Vector.Span);
    }

    /// <summary>
    /// A story whose words come within half the bar of the article's and whose meaning (the mean of its articles'
    /// embeddings) is at least <see cref="ClusteringOptions.StoryMeaningThreshold"/> close: two wordings of one event
    /// that share few words. Null without the article's meaning.
    /// </summary>
    private ClusterHit? ByMeaning(ArticleFeatures features, long ticks)
    {
        if (features.Meaning is not { } meaning)
        {
            return null;
        }

        foreach (var hit in _stories.Search(features.Story, ticks, SectionHits))
        {
            if (hit.Similarity < _options.StoryMatchThreshold / 2)
            {
                break;
            }

            if (MayJoin(hit.Cluster, features.Section) && _meanings.Similarity(hit.Cluster, meaning) * _stories.Decay(hit.Cluster.GapTo(ticks)) >= _options.StoryMeaningThreshold)
            {
                return hit;
            }
        }

        return null;
    }

    private bool IsCopy(Cluster story, uint[] sketch)
    {
        for (var i = 0; i < story.SketchCount; i++)
        {
            if (TextFeatures.Overlap(sketch, story.RecentSketch(i)) >= _options.NearDuplicateThreshold)
            {
                return true;
            }
        }

        return false;
    }

    private ClusterHit? LinkedSignal(string storyId, TermVector signalVector, long ticks)
    {
        if (!_storySignals.TryGetValue(storyId, out var linked))
        {
            return null;
        }

        ClusterHit? best = null;
        var norm = signalVector.Norm(_signals.Frequencies);
        foreach (var id in linked)
        {
            if (!_signalByKey.TryGetValue(id, out var cluster) || norm == 0)
            {
                continue;
            }

            var similarity = _signals.Similarity(signalVector, norm, cluster) * _signals.Decay(cluster, cluster.GapTo(ticks));
            if (best is null || similarity > best.Value.Similarity)
            {
                best = new ClusterHit(cluster, similarity);
            }
        }

        // The story already vouches for these signals: half the usual bar is enough (a candidate about something else still needs it).
        return best is { } b && b.Similarity >= _options.SignalMatchThreshold / 2 ? b : null;
    }

    private void ObserveEvidence(Signal observed, ArticleEvidence evidence)
    {
        var fresh = _pending.Remove(evidence.Article.Id, out var features);
        Place(observed.Id, evidence, Tags(observed.Actors, observed.Topics, observed.Regions), features, fresh, observed.Horizon);
    }

    /// <summary>
    /// Places one evidence entry: the article joins (or starts) its story when it is <paramref name="fresh"/> (read
    /// whole, with <paramref name="features"/>) or its story is unknown, and the entry joins (or starts) the signal.
    /// Without <paramref name="features"/> the stored evidence stands in for the article.
    /// </summary>
    private void Place(string signalId, ArticleEvidence evidence, IReadOnlyList<string> tags, ArticleFeatures? features, bool fresh, SignalHorizon? horizon)
    {
        var articleId = evidence.Article.Id;
        var ticks = (evidence.Article.PublishedAt ?? evidence.ExtractedAt).UtcTicks;
        Clock(ticks, fresh);
        features ??= StoredFeatures(evidence, tags);
        var storyId = Resolve(evidence.StoryId ?? articleId);
        var known = _storyByKey.TryGetValue(storyId, out var story);
        // An article of an evicted story (its entry moved by a compaction): the story stays gone.
        var evicted = !fresh && !known && IsStale(ticks);
        if (!evicted && (fresh || !known || (_warmArticles is not null && _warmArticles.Add(articleId))))
        {
            _stories.Count(features.Story);
            if (story is null)
            {
                story = _stories.Create(storyId, features.Story, features.Sketch, ticks);
                _storyByKey[storyId] = story;
                if (features.Section is { } section)
                {
                    _storySection[story] = section;
                }
            }
            else
            {
                _stories.Join(story, features.Story, features.Sketch, ticks);
            }

            if (features.Meaning is { } meaning)
            {
                _meanings.Add(story, meaning);
            }

            _warmArticles?.Add(articleId);
            _changedStories.Add(story);
            if (++_sinceMerge >= _options.StoryMergeInterval)
            {
                MergeStories();
                Evict();
            }
        }

        if (!evicted)
        {
            Link(Resolve(storyId), signalId);
        }

        // The vector the candidate was matched with, when this is that candidate's evidence; else from the signal's tags.
        var vector = features.Matched is { } matched && ReferenceEquals(matched.Quotes, evidence.Quotes)
            ? matched.Vector
            : features.SignalVector(evidence, tags);
        _signals.Count(vector);
        if (_signalByKey.TryGetValue(signalId, out var signal))
        {
            _signals.Join(signal, vector, features.Sketch, ticks);
        }
        else
        {
            var created = _signals.Create(signalId, vector, features.Sketch, ticks);
            created.HalfLifeTicks = horizon is { } h ? _options.SignalHalfLifeOf(h).Ticks : 0;
            _signalByKey[signalId] = created;
        }
    }

    private void Link(string storyId, string signalId)
    {
        if (!_storySignals.TryGetValue(storyId, out var linked))
        {
            linked = [];
            _storySignals[storyId] = linked;
        }

        if (!linked.Contains(signalId, StringComparer.Ordinal))
        {
            linked.Add(signalId);
            if (linked.Count > MaxSignalsPerStory)
            {
                linked.RemoveAt(0);
            }
        }
    }

    /// <summary>Re-examines the stories that changed since the last merge, smallest first, and folds converged pairs together.</summary>
    private void MergeStories()
    {
        _sinceMerge = 0;
        var changed = _changedStories.Where(c => _stories.Get(c.Slot) is not null).OrderBy(c => c.Size).ThenBy(c => c.Slot).ToList();
        _changedStories.Clear();
        var merged = 0;
        foreach (var cluster in changed)
        {
            if (_stories.Get(cluster.Slot) is null)
            {
                continue;
            }

            if (BestStory(cluster.Centroid, cluster.LastTicks, _storySection.GetValueOrDefault(cluster), cluster, CentroidQueryTerms) is not { } hit || hit.Similarity < _options.StoryMergeThreshold)
            {
                continue;
            }

            var (survivor, absorbed) = hit.Cluster.Size >= cluster.Size ? (hit.Cluster, cluster) : (cluster, hit.Cluster);
            _stories.Merge(survivor, absorbed);
            _meanings.Merge(survivor, absorbed);
            _storyByKey.Remove(absorbed.Key);
            if (_storySection.Remove(absorbed, out var section))
            {
                _storySection.TryAdd(survivor, section);
            }

            _storyAlias[absorbed.Key] = survivor.Key;
            merged++;
            if (_storySignals.Remove(absorbed.Key, out var signals))
            {
                foreach (var id in signals)
                {
                    Link(survivor.Key, id);
                }
            }
        }

        Log.StoriesMerged(_logger, changed.Count, merged);
    }

    private static bool IsCheckpoint(int size) => size % 16 == 0 || (size & (size - 1)) == 0;

    private string Resolve(string storyId)
    {
        var root = storyId;
        while (_storyAlias.TryGetValue(root, out var next))
        {
            root = next;
        }

        // Path compression keeps later look-ups short.
        while (!string.Equals(storyId, root, StringComparison.Ordinal) && _storyAlias.TryGetValue(storyId, out var next))
        {
            _storyAlias[storyId] = root;
            storyId = next;
        }

        return root;
    }

    /// <summary>
    /// An article's story features. Its signal-level features are its own words plus the candidate's actors, topics and
    /// regions: the whole article says which pattern it belongs to better than the few sentences quoted from it. An
    /// article known only from the store has no words left, and its evidence (title and quotes) stands in for them.
    /// </summary>
    private sealed record ArticleFeatures(TermVector Story, uint[] Sketch, string? TitleOnly, IReadOnlyList<string> Tags, string? Section)
    {
        /// <summary>The quotes of the candidate last matched for this article and the signal-level vector it was matched with.</summary>
        public (IReadOnlyList<Quote> Quotes, TermVector Vector)? Matched { get; set; }

        /// <summary>The time of each match of the article's candidates (UTC ticks), in order.</summary>
        public List<long> MatchTicks { get; } = [];

        /// <summary>The article's embedding (unit length), when a generator is registered.</summary>
        public float[]? Meaning { get; set; }

        /// <summary>The raw term counts of the headline and the words read with it (the body, or a bare headline's address words), when the article was read whole.</summary>
        public Dictionary<uint, float>? Counts { get; init; }

        public TermVector SignalVector(ArticleEvidence evidence, IReadOnlyList<string> tags) => Counts switch
        {
            { } when tags.SequenceEqual(Tags, StringComparer.Ordinal) => Story,
            { } counts => TextFeatures.Vectorize(counts, tags),
            null => CentroidSignalMatcher.SignalVector(evidence, tags),
        };
    }
}
