using Bellwether.Core.Internal;
using Bellwether.Testing.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bellwether.Core.Tests.Clustering;

/// <summary>
/// Stories and signals that even a perfect match at the newest publication time (less the greatest lateness seen) could
/// not join leave the index after the next story merge; a later article about them starts a new one, and a replay
/// evicts exactly what one run did.
/// </summary>
public sealed class EvictionTests : IDisposable
{
    private const string Strike = "Copper price jumps as Chile mine strike spreads";
    private const string StrikeAgain = "Chile copper mine strike spreads, copper price jumps";
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 6, 0, 0, TimeSpan.Zero);
    private static readonly string[] Fillers =
    [
        "Drought cuts Brazilian coffee harvest forecast",
        "Airbus delivers record number of jets in December",
        "Norway wealth fund posts annual gain on tech stocks",
        "Japan household spending falls for third month",
    ];

    private readonly FakeTimeProvider _clock = new(Start.AddYears(2));
    private readonly List<ServiceProvider> _providers = [];

    [Fact]
    public async Task IngestAsync_StoryUntouchedForTwoMonths_EvictedAndSimilarArticleStartsNewStory()
    {
        var provider = Build(evict: true);
        var pipeline = provider.GetRequiredService<ISignalPipeline>();
        var first = await pipeline.IngestAsync(NewArticle("a", Strike, Start));
        await IngestFillersAsync(pipeline, Start.AddDays(60));

        var later = await pipeline.IngestAsync(NewArticle("b", StrikeAgain, Start.AddDays(60)));

        Live(provider).Should().NotContain(k => k.StartsWith("story " + first.StoryId + " ", StringComparison.Ordinal), "50 days at a 14-day half-life put even a perfect match below the lowest story bar (0.085)");
        Live(provider).Should().NotContain(k => k.StartsWith("signal " + first.Created[0].Id + " ", StringComparison.Ordinal), "the signal's half-life is 5 days here");
        later.StoryId.Should().NotBe(first.StoryId);
        later.Created.Should().ContainSingle("the evicted signal cannot be reinforced either");
    }

    [Fact]
    public async Task IngestAsync_StoryTouchedThreeWeeksAgo_KeptAndSimilarArticleJoinsIt()
    {
        var provider = Build(evict: true);
        var pipeline = provider.GetRequiredService<ISignalPipeline>();
        var first = await pipeline.IngestAsync(NewArticle("a", Strike, Start));
        await IngestFillersAsync(pipeline, Start.AddDays(21));
        var later = await pipeline.IngestAsync(NewArticle("b", Strike + " again", Start.AddDays(21)));

        var live = Live(provider);

        later.StoryId.Should().Be(first.StoryId);
        live.Should().Contain($"story {first.StoryId} 2");
    }

    [Fact]
    public async Task IngestAsync_ArticlesArrivingTwoMonthsLate_StoryOfTheLateArticlesStaysJoinable()
    {
        var provider = Build(evict: true);
        var pipeline = provider.GetRequiredService<ISignalPipeline>();
        await IngestFillersAsync(pipeline, Start);
        foreach (var filler in FillersOn(4, 4, 60))
        {
            await pipeline.IngestAsync(filler);
        }

        var late = await pipeline.IngestAsync(NewArticle("a", Strike, Start.AddDays(1)));
        foreach (var filler in FillersOn(8, 4, 61))
        {
            await pipeline.IngestAsync(filler);
        }

        var later = await pipeline.IngestAsync(NewArticle("b", StrikeAgain, Start.AddDays(2)));

        Live(provider).Should().Contain(k => k.StartsWith("story " + late.StoryId + " ", StringComparison.Ordinal), "an article has arrived 60 days late, so one as late may still come");
        later.StoryId.Should().Be(late.StoryId);
    }

    [Fact]
    public async Task IngestAsync_StreamOutOfTimeOrderInSeveralRuns_SameIndexAndGroupsAsOneRun()
    {
        // The same sixty headlines with their days dealt out of order: the lateness seen so far is state a restart must keep.
        var days = Enumerable.Range(0, 60).Select(i => 4 * i).OrderBy(d => d * 37 % 61).ToList();
        var stream = OverlappingHeadlines.Stream(60).Select((a, i) => a with { PublishedAt = Start.AddDays(days[i]) }).ToList();
        var once = await IngestAsync(stream, []);

        var resumed = await IngestAsync(stream, [9, 30, 44]);

        resumed.Live.Should().Equal(once.Live);
        resumed.Stories.Should().Equal(once.Stories);
        resumed.Signals.Should().Equal(once.Signals);
    }

    [Fact]
    public async Task IngestAsync_RestartAfterLateArticle_LatenessSurvivesTheCheckpoint()
    {
        // A filler on day 0, fillers 60 days on, a strike article 59 days late, enough fillers for a checkpoint, a restart,
        // fillers that trigger eviction again, and a second strike article as late: it must still find the first one's story.
        List<Article> stream = [.. FillersOn(0, 1, 0), .. FillersOn(1, 4, 60), NewArticle("a", Strike, Start.AddDays(1)), .. FillersOn(5, 12, 60), .. FillersOn(17, 3, 61), NewArticle("b", StrikeAgain, Start.AddDays(2))];
        var once = await IngestAsync(stream, []);

        var resumed = await IngestAsync(stream, [18]);

        once.Stories["b"].Should().Be(once.Stories["a"]);
        resumed.Stories["b"].Should().Be(resumed.Stories["a"]);
        resumed.Live.Should().Equal(once.Live);
    }

    [Fact]
    public async Task IngestAsync_EvictionOff_StaleStoryStaysInIndex()
    {
        var provider = Build(evict: false);
        var pipeline = provider.GetRequiredService<ISignalPipeline>();
        var first = await pipeline.IngestAsync(NewArticle("a", Strike, Start));

        await IngestFillersAsync(pipeline, Start.AddDays(60));

        Live(provider).Should().Contain($"story {first.StoryId} 1");
    }

    [Theory]
    [InlineData(17)]
    [InlineData(9, 30, 44)]
    public async Task IngestAsync_StreamOverMonthsInSeveralRuns_SameIndexAndGroupsAsOneRun(params int[] restarts)
    {
        // Sixty headlines of five overlapping stories, four days apart: stories and signals fall out of reach as it goes.
        var stream = OverlappingHeadlines.Stream(60).Select((a, i) => a with { PublishedAt = Start.AddDays(4 * i) }).ToList();
        var once = await IngestAsync(stream, []);

        var resumed = await IngestAsync(stream, restarts);

        once.Live.Count(k => k.StartsWith("story ", StringComparison.Ordinal)).Should().BeLessThan(once.StoriesEver, "the fixture must evict stories");
        resumed.Live.Should().Equal(once.Live);
        resumed.Stories.Should().Equal(once.Stories);
        resumed.Signals.Should().Equal(once.Signals);
    }

    [Fact]
    public async Task IngestAsync_StreamOverMonths_SameStoriesAndSignalsAsWithoutEviction()
    {
        var stream = OverlappingHeadlines.Stream(60).Select((a, i) => a with { PublishedAt = Start.AddDays(4 * i) }).ToList();
        var kept = await IngestAsync(stream, [], evict: false);

        var evicted = await IngestAsync(stream, []);

        evicted.Live.Count.Should().BeLessThan(kept.Live.Count, "the fixture must evict");
        evicted.Stories.Should().Equal(kept.Stories);
        evicted.Signals.Should().Equal(kept.Signals);
    }

    public void Dispose()
    {
        foreach (var provider in _providers)
        {
            provider.Dispose();
        }
    }

    private static async Task IngestFillersAsync(ISignalPipeline pipeline, DateTimeOffset at)
    {
        for (var i = 0; i < Fillers.Length; i++)
        {
            await pipeline.IngestAsync(NewArticle("f" + i, Fillers[i], at));
        }
    }

    /// <summary>Headlines of unrelated events, each its own, so that every one is placed and counts towards the next merge.</summary>
    private static IEnumerable<Article> FillersOn(int first, int count, int day)
    {
        string[] subjects = ["Tea", "Wheat", "Cobalt", "Salmon", "Cement", "Rubber", "Cotton", "Nickel", "Sugar", "Timber", "Lithium", "Cocoa", "Zinc", "Rice", "Steel", "Wool", "Tin", "Soy", "Gold", "Oats"];
        string[] places = ["Kenya", "Canada", "Congo", "Norway", "Vietnam", "Malaysia", "Egypt", "Indonesia", "Thailand", "Finland", "Bolivia", "Ghana", "Peru", "India", "Korea", "Uruguay", "Bolivia", "Brazil", "Mali", "Ireland"];
        return Enumerable.Range(first, count).Select(i => NewArticle("f" + i, $"{subjects[i]} exports from {places[i]} hit a record in the quarter {i + 1}", Start.AddDays(day)));
    }

    private static IReadOnlyList<string> Live(ServiceProvider provider) =>
        ((CentroidSignalMatcher)provider.GetRequiredService<ISignalMatcher>()).LiveClusters();

    private static Article NewArticle(string id, string title, DateTimeOffset publishedAt) =>
        new() { Id = id, Title = title, PublishedAt = publishedAt, Source = "Reuters" };

    /// <summary>Ingests the stream, starting a new provider (pipeline, matcher) over the same store at each restart.</summary>
    private async Task<Outcome> IngestAsync(IReadOnlyList<Article> stream, int[] restarts, bool evict = true)
    {
        var provider = Build(evict);
        var store = provider.GetRequiredService<ISignalStore>();
        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < stream.Count; i++)
        {
            if (restarts.Contains(i))
            {
                provider = Build(evict, store);
            }

            var result = await provider.GetRequiredService<ISignalPipeline>().IngestAsync(stream[i]);
            storyOf[stream[i].Id] = result.StoryId ?? string.Empty;
        }

        await provider.GetRequiredService<ISignalPipeline>().CatchUpAsync();
        var matcher = provider.GetRequiredService<ISignalMatcher>();
        var stories = new SortedDictionary<string, string>(storyOf.ToDictionary(p => p.Key, p => matcher.ResolveStory(p.Value)), StringComparer.Ordinal);
        var signals = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await foreach (var signal in store.QueryAllAsync())
        {
            foreach (var evidence in signal.Evidence)
            {
                signals[evidence.Article.Id] = signals.TryGetValue(evidence.Article.Id, out var known) ? known + " " + signal.Id : signal.Id;
            }
        }

        return new Outcome(Live(provider), stories, signals, stories.Values.Distinct().Count());
    }

    private ServiceProvider Build(bool evict, ISignalStore? store = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        if (store is not null)
        {
            services.AddSingleton(store);
        }

        // A checkpoint every 8 match records: a restart loads the latest and replays only what came after it.
        services.AddBellwether(o => o.CheckpointInterval = 8).ConfigureClustering(c =>
        {
            c.StoryMergeInterval = 4;
            c.EventSignalHalfLife = TimeSpan.FromDays(5);
            c.SignalHalfLife = TimeSpan.FromDays(5);
            c.EvictStaleClusters = evict;
        });
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider;
    }

    private sealed record Outcome(IReadOnlyList<string> Live, SortedDictionary<string, string> Stories, SortedDictionary<string, string> Signals, int StoriesEver);
}
