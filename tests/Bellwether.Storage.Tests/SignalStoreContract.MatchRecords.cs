using Bellwether.Core.Tests.Clustering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using static Bellwether.Storage.Tests.TestSupport.TestSignals;

namespace Bellwether.Storage.Tests;

/// <summary>
/// The matcher's records (<see cref="SignalChangeSet.MatchRecord"/>) are saved in the same write as the article's
/// evidence and read back in arrival order, so that a stream ingested in several runs (each a new process: a new
/// store handle, pipeline and matcher) ends with the same stories and signals as one uninterrupted run.
/// </summary>
public abstract partial class SignalStoreContract
{
    private static readonly DateTimeOffset ResumeClock = new(2026, 5, 22, 6, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task ReadMatchRecordsAsync_SavedWithTheirArticles_ReturnsThemInArrivalOrderAtEachWritesLastSequence()
    {
        var store = OpenStore();
        var first = await store.SaveAsync(Creating("a-1", Signal("s-1"), Signal("s-2")) with { MatchRecord = "one" });
        await store.SaveAsync(Creating("a-2", Signal("s-3"))); // no record
        var third = await OpenStore().SaveAsync(Reinforcing("a-3", "s-1") with { MatchRecord = "three" });

        var records = await OpenStore().ReadMatchRecordsAsync(0, SignalQuery.MaxLimit);

        records.Should().Equal(new MatchRecord(first.LastSequence!.Value, "a-1", "one"), new MatchRecord(third.LastSequence!.Value, "a-3", "three"));
        (await OpenStore().ReadMatchRecordsAsync(first.LastSequence.Value, 1)).Should().Equal(records[1]);
        (await OpenStore().ReadMatchRecordsAsync(third.LastSequence.Value, 10)).Should().BeEmpty();
    }

    [SkippableFact]
    public async Task SaveAsync_DuplicateArticleOrFailedWrite_KeepsNoMatchRecordOfIt()
    {
        var store = OpenStore();
        await store.SaveAsync(Creating("a-1", Signal("s-1")) with { MatchRecord = "kept" });
        await store.SaveAsync(Creating("a-1", Signal("s-2")) with { MatchRecord = "duplicate" });
        var missing = async () => await store.SaveAsync(Reinforcing("a-2", "missing") with { MatchRecord = "failed" });
        await missing.Should().ThrowAsync<SignalNotFoundException>();

        var records = await OpenStore().ReadMatchRecordsAsync(0, SignalQuery.MaxLimit);

        records.Select(r => r.Data).Should().Equal("kept");
    }

    [SkippableTheory]
    [InlineData(25)]
    [InlineData(10, 31, 47)]
    public async Task IngestAsync_StreamInSeveralRunsOverOneDatabase_SameStoriesAndSignalsAsOneRun(params int[] restarts)
    {
        var stream = OverlappingHeadlines.Stream(60);
        var once = await IngestInRunsAsync(stream, [], store: null);

        var resumed = await IngestInRunsAsync(stream, restarts, OpenStore);

        once.Merges.Should().BePositive("the fixture merges stories on both sides of a restart");
        resumed.Stories.Should().Equal(once.Stories);
        resumed.Signals.Should().Equal(once.Signals);
        (await OpenStore().ReadMatchRecordsAsync(0, SignalQuery.MaxLimit)).Select(r => r.ArticleId).Should().Equal(stream.Select(a => a.Id));
    }

    [SkippableFact]
    public async Task IngestAsync_DatabaseFromBeforeMatchRecords_OpensUpgradesAndResumesFromTheEvidence()
    {
        var stream = OverlappingHeadlines.Stream(60);
        await IngestInRunsAsync([.. stream.Take(30)], [], OpenStore);
        Skip.IfNot(await DowngradeToBeforeMatchRecordsAsync(), "this store has no versioned schema");

        var resumed = await IngestInRunsAsync(stream, [], OpenStore);

        resumed.Stories.Keys.Should().Equal(stream.Select(a => a.Id).Order(StringComparer.Ordinal));
        resumed.Signals.Should().HaveCount(stream.Count, "every article is recorded once, the first 30 as duplicates");
        (await OpenStore().ReadMatchRecordsAsync(0, SignalQuery.MaxLimit)).Select(r => r.ArticleId).Should().Equal(stream.Skip(30).Select(a => a.Id));
    }

    /// <summary>
    /// Makes this test's database look as the previous schema left it (no match records, the version before them),
    /// or returns false for a store without a versioned schema.
    /// </summary>
    protected virtual Task<bool> DowngradeToBeforeMatchRecordsAsync() => Task.FromResult(false);

    /// <summary>
    /// Ingests the stream, with a new container (pipeline, matcher) on a new handle of this test's database at each
    /// restart, or in one in-memory container when <paramref name="store"/> is null; the story of each article as the
    /// last matcher resolves it, and the signals whose evidence cites it.
    /// </summary>
    private static async Task<(SortedDictionary<string, string> Stories, SortedDictionary<string, string> Signals, int Merges)> IngestInRunsAsync(
        IReadOnlyList<Article> stream, int[] restarts, Func<ISignalStore>? store)
    {
        var clock = new FakeTimeProvider(ResumeClock);
        var providers = new List<ServiceProvider>();
        ServiceProvider Run()
        {
            var services = new ServiceCollection();
            services.AddSingleton<TimeProvider>(clock);
            if (store is not null)
            {
                services.AddSingleton(store());
            }

            services.AddBellwether().ConfigureClustering(c => c.StoryMergeInterval = 8);
            providers.Add(services.BuildServiceProvider());
            return providers[^1];
        }

        try
        {
            var provider = Run();
            var raw = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < stream.Count; i++)
            {
                if (restarts.Contains(i))
                {
                    provider = Run();
                }

                raw[stream[i].Id] = (await provider.GetRequiredService<ISignalPipeline>().IngestAsync(stream[i])).StoryId;
            }

            var matcher = provider.GetRequiredService<ISignalMatcher>();
            var stories = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var (article, story) in raw)
            {
                stories[article] = story is null ? string.Empty : matcher.ResolveStory(story);
            }

            var signals = new SortedDictionary<string, string>(StringComparer.Ordinal);
            await foreach (var signal in provider.GetRequiredService<ISignalStore>().QueryAllAsync().OrderBy(s => s.Id, StringComparer.Ordinal))
            {
                foreach (var evidence in signal.Evidence)
                {
                    signals[evidence.Article.Id] = signals.TryGetValue(evidence.Article.Id, out var known) ? known + " " + signal.Id : signal.Id;
                }
            }

            var merges = raw.Values.Where(s => s is not null).Distinct().Count() - stories.Values.Where(s => s.Length > 0).Distinct().Count();
            return (stories, signals, merges);
        }
        finally
        {
            foreach (var provider in providers)
            {
                await provider.DisposeAsync();
            }
        }
    }
}
