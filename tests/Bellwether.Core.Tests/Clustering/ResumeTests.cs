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
        for (var i = 0; i < stream.Count; i++)
        {
            if (restarts.Contains(i))
            {
                provider = Build(store);
            }

            var result = await provider.GetRequiredService<ISignalPipeline>().IngestAsync(stream[i]);
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
        return new Grouping(new SortedDictionary<string, string>(stories, StringComparer.Ordinal), signals, merges, seen.Count - stored);
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
        var bellwether = services.AddBellwether();
        if (_capCandidates)
        {
            bellwether.UseMatchSimilarity<SmallCandidatesOnly>();
        }

        bellwether.ConfigureClustering(c =>
        {
            c.StoryMergeInterval = 8;
            c.CompactionThreshold = _compactionThreshold ?? c.CompactionThreshold;
            c.SignalMatchThreshold = _signalMatchThreshold ?? c.SignalMatchThreshold;
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

    private sealed record Grouping(SortedDictionary<string, string> Stories, SortedDictionary<string, string> Signals, int StoryMerges, int SignalMerges);
}
