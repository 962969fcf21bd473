using System.Diagnostics;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bellwether.Core.Internal;

/// <summary>extract → match → merge or create → score → store, one article at a time per caller.</summary>
internal sealed class SignalPipeline(
    ISignalExtractor extractor,
    ISignalMatcher matcher,
    ISignalScorer scorer,
    ISignalStore store,
    IOptions<BellwetherOptions> options,
    TimeProvider timeProvider,
    BellwetherMetrics metrics,
    ILoggerFactory? loggerFactory = null,
    ISignalAnalyst? analyst = null,
    ISignalCompactor? compactor = null) : ISignalPipeline, IDisposable
{
    private const int MaxSaveAttempts = 3;
    private readonly SemaphoreSlim _catchUp = new(1, 1);
    private readonly ILogger _logger = (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<SignalPipeline>();
    private long _seenSequence;
    private bool _warmed;
    private readonly MatcherCheckpoints? _checkpoints = matcher is IRecordingMatcher recording && options.Value.CheckpointInterval > 0
        ? new(store, recording, options.Value.CheckpointInterval, (loggerFactory ?? NullLoggerFactory.Instance).CreateLogger<SignalPipeline>(), metrics)
        : null;

    public async ValueTask<IngestResult> IngestAsync(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        (article, var repairs) = Repaired(article);

        using var activity = metrics.ActivitySource.StartActivity("bellwether.ingest");
        activity?.SetTag("bellwether.article.id", article.Id);
        var started = Stopwatch.GetTimestamp();

        IngestResult result;
        try
        {
            result = await IngestValidatedAsync(article, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            // A failed ingest shows in traces and metrics too: outcome "Failed" with the exception's type.
            var errorType = error.GetType().FullName;
            activity?.SetStatus(ActivityStatusCode.Error, error.Message);
            activity?.SetTag("error.type", errorType);
            metrics.ArticlesIngested.Add(1, new KeyValuePair<string, object?>("outcome", "Failed"), new KeyValuePair<string, object?>("error.type", errorType));
            throw;
        }
        finally
        {
            metrics.IngestDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds);
        }

        metrics.ArticlesIngested.Add(1, new KeyValuePair<string, object?>("outcome", result.Outcome.ToString()));
        metrics.SignalsCreated.Add(result.Created.Count);
        metrics.SignalsReinforced.Add(result.Reinforced.Count);
        return result with { Repairs = repairs };
    }

    public async IAsyncEnumerable<IngestResult> IngestAsync(IAsyncEnumerable<Article> articles, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(articles);
        await foreach (var article in articles.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return await IngestOrRejectAsync(article, cancellationToken).ConfigureAwait(false);
        }
    }

    public void Dispose() => _catchUp.Dispose();

    /// <summary>One article of a stream: an unusable one is answered with <see cref="IngestOutcome.Rejected"/> instead of an exception.</summary>
    private async ValueTask<IngestResult> IngestOrRejectAsync(Article? article, CancellationToken cancellationToken)
    {
        if (article is null)
        {
            return Rejected(string.Empty, new ArticleIssue("article", "is null"));
        }

        try
        {
            return await IngestAsync(article, cancellationToken).ConfigureAwait(false);
        }
        catch (ArticleValidationException invalid)
        {
            return Rejected(article.Id ?? string.Empty, new ArticleIssue(invalid.Field, invalid.Problem));
        }
    }

    private IngestResult Rejected(string articleId, ArticleIssue rejection)
    {
        Log.ArticleRejected(_logger, articleId, rejection.Field, rejection.Reason);
        metrics.ArticlesIngested.Add(1, new KeyValuePair<string, object?>("outcome", nameof(IngestOutcome.Rejected)));
        return new IngestResult { ArticleId = articleId, Outcome = IngestOutcome.Rejected, Rejection = rejection };
    }

    /// <summary>
    /// The article with what can be repaired repaired (logged as warnings), after checking what cannot: throws an
    /// <see cref="ArticleValidationException"/> for an unusable identifier, title, language, or a publication time
    /// more than <see cref="BellwetherOptions.MaxPublishedAhead"/> ahead of the clock.
    /// </summary>
    private (Article Article, IReadOnlyList<ArticleIssue> Repairs) Repaired(Article article)
    {
        var (repaired, repairs) = ArticleRepairs.Apply(article, options.Value.MaxArticleTextLength);
        repaired.Validate(options.Value.MaxArticleTextLength);
        if (repaired.PublishedAt is { } published && timeProvider.GetUtcNow() is var clock && published - clock > options.Value.MaxPublishedAhead)
        {
            throw new ArticleValidationException(repaired.Id, nameof(Article.PublishedAt), $"must not be more than {options.Value.MaxPublishedAhead} ahead of the clock ({clock:u}; was {published:u})");
        }

        foreach (var repair in repairs)
        {
            Log.ArticleRepaired(_logger, repaired.Id, repair.Field, repair.Reason);
        }

        return (repaired, repairs);
    }

    private async ValueTask<IngestResult> IngestValidatedAsync(Article article, CancellationToken cancellationToken)
    {
        var record = ArticleRecord.From(article);
        if (await store.ContainsArticleAsync(record, cancellationToken).ConfigureAwait(false))
        {
            Log.DuplicateArticle(_logger, article.Id);
            return new IngestResult { ArticleId = article.Id, Outcome = IngestOutcome.Duplicate };
        }

        var candidates = await extractor.ExtractAsync(article, cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"{extractor.GetType().Name} returned no list for article '{article.Id}' (an empty list means no candidates).");
        for (var i = 0; i < candidates.Count; i++)
        {
            (candidates[i] ?? throw new SignalCandidateValidationException(article.Id, i, "candidate", "must not be null")).Validate(article, i);
        }

        if (!_warmed)
        {
            // The start-up replay, the long part of a first catch-up, is read outside the matching turn.
            await CatchUpAsync(cancellationToken).ConfigureAwait(false);
        }

        // Catch-up, match, save and compaction in one turn of the store: no other worker on the same database matches
        // in between, so this match sees every earlier one and the workers group as one process would.
        var waiting = Stopwatch.GetTimestamp();
        var turn = await store.AcquireMatchTurnAsync(cancellationToken).ConfigureAwait(false);
        metrics.MatchTurnWait.Record(Stopwatch.GetElapsedTime(waiting).TotalSeconds);
        MatchCheckpoint? checkpoint;
        IngestResult result;
        await using (turn.ConfigureAwait(false))
        {
            await CatchUpAsync(cancellationToken).ConfigureAwait(false);
            // Without a turn, another caller could change the index between the catch-up and the snapshot.
            checkpoint = turn is NoMatchTurn ? null : _checkpoints?.Due(_seenSequence);
            result = await MatchAndSaveAsync(article, record, candidates, cancellationToken).ConfigureAwait(false);
        }

        if (checkpoint is not null)
        {
            await _checkpoints!.SaveAsync(checkpoint, cancellationToken).ConfigureAwait(false);
        }

        return result;
    }

    private async ValueTask<IngestResult> MatchAndSaveAsync(Article article, ArticleRecord record, IReadOnlyList<SignalCandidate> candidates, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var changes = await PlanAsync(article, record, candidates, cancellationToken).ConfigureAwait(false);
            changes = await SignalAnalysis.ApplyAsync(analyst, store, changes, cancellationToken).ConfigureAwait(false);
            SaveResult saved;
            try
            {
                saved = await store.SaveAsync(changes, cancellationToken).ConfigureAwait(false);
            }
            catch (SignalNotFoundException missing) when (attempt < MaxSaveAttempts)
            {
                // Another worker absorbed the signal between our match and our write: forget it and match again.
                Log.ReinforcementTargetVanished(_logger, missing.SignalId, article.Id);
                matcher.Forget(missing.SignalId);
                continue;
            }

            if (saved.IsDuplicateArticle)
            {
                Log.DuplicateArticle(_logger, article.Id);
                return new IngestResult { ArticleId = article.Id, Outcome = IngestOutcome.Duplicate };
            }

            if (changes.MatchRecord is not null)
            {
                (matcher as IRecordingMatcher)?.RecordSaved();
                _checkpoints?.Count(1);
            }

            foreach (var signal in saved.Created.Concat(saved.Reinforced))
            {
                matcher.Observe(signal);
            }

            await SkipOwnChangesAsync(saved).ConfigureAwait(false);

            if (compactor is not null && saved.Reinforced.Count > 0)
            {
                var merges = await compactor.CompactAsync([.. saved.Reinforced.Select(s => s.Id)], cancellationToken).ConfigureAwait(false);
                saved = AfterMerges(saved, merges);
            }

            if (candidates.Count == 0)
            {
                Log.NoCandidates(_logger, article.Id);
                return new IngestResult { ArticleId = article.Id, Outcome = IngestOutcome.NoSignals };
            }

            Log.ArticleIngested(_logger, article.Id, saved.Created.Count, saved.Reinforced.Count);
            var storyId = saved.Created.Concat(saved.Reinforced).Select(s => s.Evidence.LastOrDefault(e => e.Article.Id == article.Id)?.StoryId).FirstOrDefault(id => id is not null);
            return new IngestResult { ArticleId = article.Id, Outcome = IngestOutcome.Ingested, Created = saved.Created, Reinforced = saved.Reinforced, StoryId = storyId };
        }
    }

    /// <summary>
    /// The saved signals as stored after compaction: a signal merged away is replaced by its survivor (followed through
    /// chained merges), which counts as reinforced by this article; each signal appears once, in its latest version.
    /// </summary>
    private static SaveResult AfterMerges(SaveResult saved, IReadOnlyList<SignalMerge> merges)
    {
        if (merges.Count == 0)
        {
            return saved;
        }

        var survivorOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var latest = new Dictionary<string, Signal>(StringComparer.Ordinal);
        foreach (var merge in merges)
        {
            survivorOf[merge.AbsorbedId] = merge.Survivor.Id;
            latest[merge.Survivor.Id] = merge.Survivor;
        }

        string Final(string id)
        {
            while (survivorOf.TryGetValue(id, out var survivor))
            {
                id = survivor;
            }

            return id;
        }

        Signal Current(Signal signal) => latest.GetValueOrDefault(Final(signal.Id)) ?? signal;
        var created = saved.Created.Where(s => !survivorOf.ContainsKey(s.Id)).Select(Current).ToList();
        var createdIds = created.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var reinforced = saved.Reinforced.Concat(saved.Created.Where(s => survivorOf.ContainsKey(s.Id)))
            .Select(Current).Where(s => !createdIds.Contains(s.Id)).DistinctBy(s => s.Id, StringComparer.Ordinal).ToList();
        return saved with { Created = created, Reinforced = reinforced };
    }

    private async ValueTask<SignalChangeSet> PlanAsync(Article article, ArticleRecord record, IReadOnlyList<SignalCandidate> candidates, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var observedAt = article.PublishedAt ?? now;
        var created = new List<Signal>();
        var reinforcements = new List<SignalReinforcement>();
        var createdPlans = new List<PlannedSignal>();
        var reinforcedPlans = new List<PlannedSignal>();
        for (var i = 0; i < candidates.Count; i++)
        {
            var candidate = candidates[i];
            var match = await matcher.MatchAsync(candidate, article, cancellationToken).ConfigureAwait(false);
            var evidence = candidate.Evidence with
            {
                // Evidence cites the article as ingested (validated address and all), whatever reference the extractor built.
                Article = article.ToReference() with { CopySketch = match.CopySketch },
                StoryId = match.StoryId ?? SignalIds.ForStory(article.Id),
                IsNearDuplicate = match.IsNearDuplicate,
                ExtractedAt = now,
                Domains = candidate.Domains,
                Actors = candidate.Actors,
                Topics = candidate.Topics,
                Regions = candidate.Regions,
            };

            // One article is one piece of evidence per signal: a second candidate matched to a signal an earlier one
            // reinforces is a different pattern of the same article (or a repeat), and starts its own signal.
            if (match.SignalId is { } signalId && !reinforcements.Exists(r => r.SignalId == signalId))
            {
                reinforcements.Add(new SignalReinforcement(signalId, signal => Scored(SignalMerger.Reinforce(signal, candidate, evidence, observedAt), observedAt, now)));
                reinforcedPlans.Add(new PlannedSignal(signalId, false, candidate));
            }
            else
            {
                var signal = Scored(SignalMerger.Create(SignalIds.ForCandidate(article.Id, i), candidate, evidence, observedAt), observedAt, now);
                created.Add(signal);
                createdPlans.Add(new PlannedSignal(signal.Id, true, candidate));
            }
        }

        // What the matcher decided, saved with the evidence so that a restart or another worker rebuilds it exactly;
        // it observes the saved signals in this order (new ones first).
        var matchRecord = candidates.Count > 0 && matcher is IRecordingMatcher recording
            ? recording.Record(article, [.. createdPlans, .. reinforcedPlans], candidates, compactor is not null)
            : null;
        return new SignalChangeSet { Article = record, Created = created, Reinforcements = reinforcements, MatchRecord = matchRecord };
    }

    private Signal Scored(Signal signal, DateTimeOffset observedAt, DateTimeOffset now)
    {
        var strength = scorer.Score(signal, now);
        var snapshot = new SignalSnapshot(observedAt, strength.Strength, signal.ArticleCount, signal.ExtractionCount);
        var history = signal.History;
        var keep = Math.Min(history.Count, Signal.MaxHistory - 1);
        var next = new SignalSnapshot[keep + 1];
        for (var i = 0; i < keep; i++)
        {
            next[i] = history[history.Count - keep + i];
        }

        next[keep] = snapshot;
        return signal with { Strength = strength, History = next };
    }

    /// <summary>
    /// Moves the feed position past this write's own changes when they directly follow what the matcher has already
    /// seen: it has just observed them, so the next catch-up need not read those signals back. Another write in
    /// between (or a store that reports no sequences) leaves the position, and the feed is read as usual. Not
    /// cancellable: the write is already committed, and the wait is for a position update, not for I/O.
    /// </summary>
    private async ValueTask SkipOwnChangesAsync(SaveResult saved)
    {
        if (saved is not { FirstSequence: { } first, LastSequence: { } last })
        {
            return;
        }

        await _catchUp.WaitAsync(CancellationToken.None).ConfigureAwait(false);
        try
        {
            if (_seenSequence == first - 1)
            {
                _seenSequence = last;
            }
        }
        finally
        {
            _catchUp.Release();
        }
    }

    /// <summary>
    /// <see cref="CatchUpAsync"/> for a matcher that records its decisions: the changes after the last sequence seen,
    /// then the match records saved with them, replayed in arrival order, so that the index ends as the live matchers
    /// that wrote them left theirs (a restart resumes exactly where a killed process stopped). Evidence without a
    /// record (an older store, or compaction) is observed from the changes as before.
    /// </summary>
    private async ValueTask ReplayAsync(IRecordingMatcher recording, CancellationToken cancellationToken)
    {
        if (!_warmed && _seenSequence == 0 && _checkpoints is not null)
        {
            _seenSequence = await _checkpoints.RestoreAsync(cancellationToken).ConfigureAwait(false);
        }

        var from = _seenSequence;
        var changes = new List<SignalChange>();
        while (true)
        {
            var page = await store.ReadChangesAsync(_seenSequence, SignalQuery.MaxLimit, cancellationToken).ConfigureAwait(false);
            changes.AddRange(page);
            if (page.Count > 0)
            {
                _seenSequence = page[^1].Sequence;
            }

            if (page.Count < SignalQuery.MaxLimit)
            {
                break;
            }
        }

        var records = 0;
        if (changes.Count > 0)
        {
            var catchUp = recording.BeginCatchUp(changes);
            for (var after = from; after < _seenSequence;)
            {
                var page = await store.ReadMatchRecordsAsync(after, SignalQuery.MaxLimit, cancellationToken).ConfigureAwait(false);
                var through = _seenSequence;
                var replayed = page.TakeWhile(r => r.Sequence <= through).ToList();
                catchUp.Replay(replayed);
                records += replayed.Count;
                if (page.Count < SignalQuery.MaxLimit || replayed.Count < page.Count)
                {
                    break;
                }

                after = page[^1].Sequence;
            }

            catchUp.Complete();
        }

        if (!_warmed)
        {
            Log.IndexWarmed(_logger, changes.Count);
            _warmed = true;
        }

        if (records > 0)
        {
            _checkpoints?.Count(records);
            Log.MatchRecordsReplayed(_logger, records);
        }
    }

    /// <summary>
    /// Brings the matcher up to date with the store before a match: reads the store's change feed after the last
    /// sequence this pipeline saw (all of it on the first call, which rebuilds the index at start-up), observing new
    /// and changed signals and forgetting deleted ones, so signals other workers stored are matched too.
    /// </summary>
    public async ValueTask CatchUpAsync(CancellationToken cancellationToken = default)
    {
        await _catchUp.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (matcher is IRecordingMatcher recording)
            {
                await ReplayAsync(recording, cancellationToken).ConfigureAwait(false);
                return;
            }

            var count = 0;
            while (true)
            {
                var changes = await store.ReadChangesAsync(_seenSequence, SignalQuery.MaxLimit, cancellationToken).ConfigureAwait(false);
                foreach (var change in changes)
                {
                    if (change.Signal is { } signal)
                    {
                        matcher.Observe(signal);
                    }
                    else
                    {
                        matcher.Forget(change.SignalId);
                    }

                    _seenSequence = change.Sequence;
                    count++;
                }

                if (changes.Count < SignalQuery.MaxLimit)
                {
                    break;
                }
            }

            if (!_warmed)
            {
                Log.IndexWarmed(_logger, count);
                _warmed = true;
            }
        }
        finally
        {
            _catchUp.Release();
        }
    }
}
