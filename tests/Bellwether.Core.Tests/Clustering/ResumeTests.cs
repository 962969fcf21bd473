using System.Diagnostics.Metrics;
using Bellwether.Core.Internal;
using Bellwether.Core.Tests.TestSupport;
using Bellwether.Testing.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bellwether.Core.Tests.Clustering;

/// <summary>
/// A stream ingested in several runs over one store (each run a new pipeline and matcher, as after a restart or a
/// kill) ends with the same stories and signals as one uninterrupted run: the matcher's records, saved with each
/// article, are replayed in arrival order.
/// </summary>
public sealed class ResumeTests : IDisposable
{
    private const int Articles = 60;
    private static readonly DateTimeOffset Now = new(2026, 5, 22, 6, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);
    private readonly List<ServiceProvider> _providers = [];
    private double? _compactionThreshold;
    private double? _signalMatchThreshold;
    private bool _capCandidates;
    private int _checkpointInterval = 10_000; // the default: longer than the stream, so no checkpoint
    private int? _centroidTerms;

    [Theory]
    [InlineData(25)]
    [InlineData(10, 31, 47)]
    [InlineData(1, 2, 3, 59)]
    public async Task IngestAsync_StreamInSeveralRunsOverOneStore_SameStoriesAndSignalsAsOneRun(params int[] restarts)
    {
        var stream = OverlappingHeadlines.Stream(Articles);
        var once = await IngestAsync(stream, []);

        var resumed = await IngestAsync(stream, restarts);

        once.StoryMerges.Should().BePositive("the fixture must exercise a story merge before and after a restart");
        resumed.Stories.Should().Equal(once.Stories);
        resumed.Signals.Should().Equal(once.Signals);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(7, 33, 50)]
    public async Task IngestAsync_SignalsMergedByCompactionAcrossRestarts_SameStoriesAndSignalsAsOneRun(params int[] restarts)
    {
        var stream = OverlappingHeadlines.Stream(Articles);
        _signalMatchThreshold = 0.45; // more signals at first, which then converge
        _compactionThreshold = 0.3;
        var once = await IngestAsync(stream, []);

        var resumed = await IngestAsync(stream, restarts);

        once.SignalMerges.Should().BePositive("the fixture must exercise compaction before and after a restart");
        resumed.Stories.Should().Equal(once.Stories);
        resumed.Signals.Should().Equal(once.Signals);
    }

    [Theory]
    [InlineData(25)]
    [InlineData(7, 33, 50)]
    public async Task IngestAsync_MatchSimilarityRegisteredAcrossRestarts_SameStoriesAndSignalsAsOneRun(params int[] restarts)
    {
        var stream = OverlappingHeadlines.Stream(Articles);
        var byWords = await IngestAsync(stream, []);
        _capCandidates = true;
        var once = await IngestAsync(stream, []);

        var resumed = await IngestAsync(stream, restarts);

        once.Stories.Should().NotEqual(byWords.Stories, "the similarity must change the grouping for this test to mean anything");
        resumed.Stories.Should().Equal(once.Stories);
        resumed.Signals.Should().Equal(once.Signals);
    }

    [Theory]
    [InlineData(25)]
    [InlineData(10, 31, 47)]
    [InlineData(1, 2, 3, 59)]
    public async Task IngestAsync_RestartsFromCheckpointsEveryFewRecords_SameStoriesAndSignalsAsOneRunReplayingOnlyLaterRecords(params int[] restarts)
    {
        var stream = OverlappingHeadlines.Stream(Articles);
        var once = await IngestAsync(stream, []);
        _checkpointInterval = 4;

        var resumed = await IngestAsync(stream, restarts, new RecordCountingStore(Build(null).GetRequiredService<ISignalStore>()));

        resumed.Stories.Should().Equal(once.Stories);
        resumed.Signals.Should().Equal(once.Signals);
        resumed.RecordsReadAtStarts.Should().HaveCount(restarts.Length).And.AllSatisfy(read => read.Should().BeLessThanOrEqualTo(_checkpointInterval + 1));
        resumed.RecordsReadAtStarts[^1].Should().BeLessThan(restarts[^1] - 1, "the last start loaded a checkpoint instead of replaying every record");
    }

    [Theory]
    [InlineData(25)]
    [InlineData(10, 31, 47)]
    public async Task IngestAsync_ArticlesOutOfTimeOrderAcrossRestartsFromCheckpoints_SameStoriesAndSignalsAsOneRun(params int[] restarts)
    {
        // Two months' headlines, the first month's interleaved with the second's: stories span weeks, and a later
        // article often falls inside a story's span, which a checkpoint must carry across the restart.
        var stream = OverlappingHeadlines.Stream(Articles)
            .Select((a, i) => a with { PublishedAt = Now.AddDays(-60 + (i % 2 == 0 ? i / 2 : 30 + (i / 2))) })
            .ToList();
        var once = await IngestAsync(stream, []);
        _checkpointInterval = 4;

        var resumed = await IngestAsync(stream, restarts);

        resumed.Stories.Should().Equal(once.Stories);
        resumed.Signals.Should().Equal(once.Signals);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(7, 33, 50)]
    public async Task IngestAsync_SignalsMergedByCompactionAcrossRestartsFromCheckpoints_SameStoriesAndSignalsAsOneRun(params int[] restarts)
    {
        var stream = OverlappingHeadlines.Stream(Articles);
        _signalMatchThreshold = 0.45;
        _compactionThreshold = 0.3;
        var once = await IngestAsync(stream, []);
        _checkpointInterval = 3;

        var resumed = await IngestAsync(stream, restarts, new RecordCountingStore(Build(null).GetRequiredService<ISignalStore>()));

        once.SignalMerges.Should().BePositive("the fixture must exercise compaction around a checkpoint");
        resumed.Stories.Should().Equal(once.Stories);
        resumed.Signals.Should().Equal(once.Signals);
        resumed.RecordsReadAtStarts[^1].Should().BeLessThan(restarts[^1] - 1);
    }

    [Fact]
    public async Task IngestAsync_WithoutCheckpoints_EachStartReplaysEveryRecordSavedBeforeIt()
    {
        var stream = OverlappingHeadlines.Stream(Articles);
        _checkpointInterval = 0;

        var resumed = await IngestAsync(stream, [10, 31], new RecordCountingStore(Build(null).GetRequiredService<ISignalStore>()));

        resumed.RecordsReadAtStarts.Should().Equal(10, 31);
    }

    [Fact]
    public async Task IngestAsync_StoreWithRecordsButNoCheckpoint_FirstTurnAfterTheReplaySavesOneThatTheNextStartLoads()
    {
        var stream = OverlappingHeadlines.Stream(Articles);
        var once = await IngestAsync(stream, []);
        _checkpointInterval = 0; // as a store written before checkpoints: records only
        var store = new RecordCountingStore(Build(null).GetRequiredService<ISignalStore>());
        await IngestAsync(stream.Take(30).ToList(), [], store);
        (await ((ISignalStore)store).ReadMatchCheckpointAsync()).Should().BeNull();

        _checkpointInterval = 20;
        var resumed = await IngestAsync(stream, [30, 32], store);

        (await ((ISignalStore)store).ReadMatchCheckpointAsync())!.Sequence.Should().BeGreaterThan(0);
        resumed.RecordsReadAtStarts.Should().Equal(30, 1);
        resumed.Signals.Should().Equal(once.Signals); // the stories of the first 30 are not reported: the second call counts them as duplicates
    }

    [Fact]
    public async Task IngestAsync_CheckpointWrittenWithOtherClusteringOptions_IsNotUsedAndEveryRecordIsReplayed()
    {
        var stream = OverlappingHeadlines.Stream(Articles);
        _checkpointInterval = 4;
        var store = new RecordCountingStore(Build(null).GetRequiredService<ISignalStore>());
        await IngestAsync(stream.Take(30).ToList(), [], store);
        (await ((ISignalStore)store).ReadMatchCheckpointAsync()).Should().NotBeNull();

        _centroidTerms = 41;
        var resumed = await IngestAsync(stream, [30], store);

        resumed.RecordsReadAtStarts.Should().Equal(30);
    }

    [Fact]
    public async Task IngestAsync_DamagedCheckpoint_IsNotUsedAndTheRunEndsAsOneRun()
    {
        var stream = OverlappingHeadlines.Stream(Articles);
        var once = await IngestAsync(stream, []);
        _checkpointInterval = 4;
        var store = new DamagingStore(Build(null).GetRequiredService<ISignalStore>());

        var resumed = await IngestAsync(stream, [30], store);

        resumed.Stories.Should().Equal(once.Stories);
        resumed.Signals.Should().Equal(once.Signals);
        resumed.RecordsReadAtStarts.Should().Equal(30);
    }

    [Fact]
    public async Task IngestAsync_StoreFailsToSaveCheckpoints_EveryArticleIsStillIngestedAsInOneRun()
    {
        var stream = OverlappingHeadlines.Stream(Articles);
        var once = await IngestAsync(stream, []);
        _checkpointInterval = 4;

        var resumed = await IngestAsync(stream, [30], new CheckpointRefusingStore(Build(null).GetRequiredService<ISignalStore>()));

        resumed.Stories.Should().Equal(once.Stories);
        resumed.Signals.Should().Equal(once.Signals);
        resumed.RecordsReadAtStarts.Should().Equal(30);
    }

    [Fact]
    public async Task IngestAsync_CancelledWhileTheCheckpointIsSaved_ReportsTheStoredArticleAsIngested()
    {
        _checkpointInterval = 4;
        using var cancel = new CancellationTokenSource();
        var store = new CancellingCheckpointStore(Build(null).GetRequiredService<ISignalStore>(), cancel);
        var pipeline = Build(store).GetRequiredService<ISignalPipeline>();
        var stream = OverlappingHeadlines.Stream(Articles);

        var results = new List<IngestResult>();
        foreach (var article in stream.TakeWhile(_ => !cancel.IsCancellationRequested))
        {
            results.Add(await pipeline.IngestAsync(article, cancel.Token));
        }

        cancel.IsCancellationRequested.Should().BeTrue("a checkpoint was due within the stream");
        results[^1].Outcome.Should().Be(IngestOutcome.Ingested);
        (await ((ISignalStore)store).ContainsArticleAsync(ArticleRecord.From(stream[results.Count - 1]))).Should().BeTrue();
    }

    [Fact]
    public async Task IngestAsync_CheckpointsTaken_RecordTheirSizeAndTheTimeToTakeAndSaveThem()
    {
        var sizes = new List<long>();
        var stages = new List<string>();
        using var meters = new MeterListener
        {
            InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Name == BellwetherDiagnostics.MeterName && instrument.Name.StartsWith("bellwether.checkpoint.", StringComparison.Ordinal))
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            },
        };
        meters.SetMeasurementEventCallback<long>((_, value, _, _) =>
        {
            lock (sizes)
            {
                sizes.Add(value);
            }
        });
        meters.SetMeasurementEventCallback<double>((_, _, tags, _) =>
        {
            lock (stages)
            {
                foreach (var tag in tags)
                {
                    stages.Add((string)tag.Value!);
                }
            }
        });
        meters.Start();
        _checkpointInterval = 4;
        var store = Build(null).GetRequiredService<ISignalStore>();

        await IngestAsync(OverlappingHeadlines.Stream(Articles).Take(20).ToList(), [], store);

        var kept = await store.ReadMatchCheckpointAsync();
        lock (sizes)
        {
            sizes.Should().Contain(kept!.Data.Length);
        }

        lock (stages)
        {
            stages.Should().Contain("take").And.Contain("save");
        }
    }

    [Fact]
    public async Task Checkpoint_RestoredIntoAFreshMatcher_WritesTheSameBytesAgain()
    {
        var stream = OverlappingHeadlines.Stream(Articles);
        _signalMatchThreshold = 0.45; // compaction and story merges both happen
        _compactionThreshold = 0.3;
        var provider = Build(null);
        foreach (var article in stream.Take(45))
        {
            await provider.GetRequiredService<ISignalPipeline>().IngestAsync(article);
        }

        var written = ((IRecordingMatcher)provider.GetRequiredService<ISignalMatcher>()).Checkpoint()!.Value.ToArray();
        var fresh = (IRecordingMatcher)Build(null).GetRequiredService<ISignalMatcher>();

        fresh.TryRestore(written, out var reason).Should().BeTrue(reason);
        fresh.Checkpoint()!.Value.ToArray().Should().Equal(written, "every part of the state is read back as it was written");
    }

    [Fact]
    public async Task IngestAsync_StoreWithoutMatchRecords_StillResumes()
    {
        var stream = OverlappingHeadlines.Stream(Articles);
        var store = new WatchedStore(Build(null).GetRequiredService<ISignalStore>()); // keeps no match records

        var resumed = await IngestAsync(stream, [30], store);

        resumed.Stories.Should().HaveCount(Articles);
        (await ((ISignalStore)store).ReadMatchRecordsAsync(0, SignalQuery.MaxLimit)).Should().BeEmpty();
    }

    public void Dispose()
    {
        foreach (var provider in _providers)
        {
            provider.Dispose();
        }
    }

    /// <summary>Ingests the stream, starting a new provider (pipeline, matcher) over the same store at each restart.</summary>
    private async Task<Grouping> IngestAsync(IReadOnlyList<Article> stream, int[] restarts, ISignalStore? store = null)
    {
        var provider = Build(store);
        store ??= provider.GetRequiredService<ISignalStore>();
        var storyOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var readAtStarts = new List<int>();
        for (var i = 0; i < stream.Count; i++)
        {
            var restarted = restarts.Contains(i);
            if (restarted)
            {
                provider = Build(store);
            }

            var readBefore = (store as RecordCountingStore)?.RecordsRead ?? 0;
            var result = await provider.GetRequiredService<ISignalPipeline>().IngestAsync(stream[i]);
            if (restarted && store is RecordCountingStore counting)
            {
                readAtStarts.Add(counting.RecordsRead - readBefore);
            }

            storyOf[stream[i].Id] = result.StoryId;
            seen.UnionWith(result.Created.Concat(result.Reinforced).Select(signal => signal.Id));
        }

        var matcher = provider.GetRequiredService<ISignalMatcher>();
        var stories = storyOf.ToDictionary(p => p.Key, p => p.Value is null ? string.Empty : matcher.ResolveStory(p.Value), StringComparer.Ordinal);
        var signals = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await foreach (var signal in store.QueryAllAsync())
        {
            foreach (var evidence in signal.Evidence)
            {
                signals[evidence.Article.Id] = signals.TryGetValue(evidence.Article.Id, out var known) ? known + " " + signal.Id : signal.Id;
            }
        }

        var merges = storyOf.Values.Where(s => s is not null).Distinct().Count() - stories.Values.Distinct().Count(s => s.Length > 0);
        var stored = (await store.QueryAsync(new SignalQuery { Limit = 1 })).TotalCount;
        return new Grouping(new SortedDictionary<string, string>(stories, StringComparer.Ordinal), signals, merges, seen.Count - stored) { RecordsReadAtStarts = readAtStarts };
    }

    private ServiceProvider Build(ISignalStore? store)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        if (store is not null)
        {
            services.AddSingleton(store);
        }

        // Story merges every 8 articles, so that a short stream has several merges on each side of a restart.
        var bellwether = services.AddBellwether(o => o.CheckpointInterval = _checkpointInterval);
        if (_capCandidates)
        {
            bellwether.UseMatchSimilarity<SmallCandidatesOnly>();
        }

        bellwether.ConfigureClustering(c =>
        {
            c.StoryMergeInterval = 8;
            c.CompactionThreshold = _compactionThreshold ?? c.CompactionThreshold;
            c.SignalMatchThreshold = _signalMatchThreshold ?? c.SignalMatchThreshold;
            c.CentroidTerms = _centroidTerms ?? c.CentroidTerms;
        });
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider;
    }

    /// <summary>Word similarity, but nothing joins a story or signal that already holds five articles.</summary>
    private sealed class SmallCandidatesOnly : IMatchSimilarity
    {
        public double Score(in MatchFeatures features) => features.CandidateSize >= 5 ? 0 : features.WordSimilarity;
    }

    private sealed record Grouping(SortedDictionary<string, string> Stories, SortedDictionary<string, string> Signals, int StoryMerges, int SignalMerges)
    {
        /// <summary>The match records each restart's first ingest read (its start-up replay and its turn's catch-up).</summary>
        public IReadOnlyList<int> RecordsReadAtStarts { get; init; } = [];
    }

    /// <summary>The in-memory store, counting the match records it hands out; the turn and the checkpoints are its own.</summary>
    private class RecordCountingStore(ISignalStore inner) : ForwardingStore(inner), ISignalStore
    {
        private int _read;

        public int RecordsRead => Volatile.Read(ref _read);

        public override async ValueTask<IReadOnlyList<MatchRecord>> ReadMatchRecordsAsync(long afterSequence, int limit, CancellationToken cancellationToken = default)
        {
            var records = await base.ReadMatchRecordsAsync(afterSequence, limit, cancellationToken);
            Interlocked.Add(ref _read, records.Count);
            return records;
        }

        public ValueTask<IAsyncDisposable> AcquireMatchTurnAsync(CancellationToken cancellationToken = default) => Inner.AcquireMatchTurnAsync(cancellationToken);
    }

    /// <summary>Fails every checkpoint save with an error no store types, as a value over the database's size limit would.</summary>
    private sealed class CheckpointRefusingStore(ISignalStore inner) : RecordCountingStore(inner)
    {
        public override ValueTask<bool> SaveMatchCheckpointAsync(MatchCheckpoint checkpoint, CancellationToken cancellationToken = default) =>
            throw new InvalidOperationException("string or blob too big");
    }

    /// <summary>Cancels the caller's token as a checkpoint is being saved, as a host shutting down would, and honours it.</summary>
    private sealed class CancellingCheckpointStore(ISignalStore inner, CancellationTokenSource cancel) : RecordCountingStore(inner)
    {
        public override ValueTask<bool> SaveMatchCheckpointAsync(MatchCheckpoint checkpoint, CancellationToken cancellationToken = default)
        {
            cancel.Cancel();
            cancellationToken.ThrowIfCancellationRequested();
            return base.SaveMatchCheckpointAsync(checkpoint, cancellationToken);
        }
    }

    /// <summary>Keeps each checkpoint with one byte in its middle flipped, as a damaged disk would return it.</summary>
    private sealed class DamagingStore(ISignalStore inner) : RecordCountingStore(inner)
    {
        public override ValueTask<bool> SaveMatchCheckpointAsync(MatchCheckpoint checkpoint, CancellationToken cancellationToken = default)
        {
            var damaged = checkpoint.Data.ToArray();
            damaged[damaged.Length / 2] ^= 0x10;
            return base.SaveMatchCheckpointAsync(new MatchCheckpoint(checkpoint.Sequence, damaged), cancellationToken);
        }
    }
}
