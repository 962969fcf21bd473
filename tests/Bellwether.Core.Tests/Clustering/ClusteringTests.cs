using Bellwether.Core.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bellwether.Core.Tests.Clustering;

/// <summary>The default two-level clustering, through the real pipeline, matcher, compactor and in-memory store.</summary>
public sealed class ClusteringTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 5, 22, 6, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(Now);
    private readonly List<ServiceProvider> _providers = [];

    [Fact]
    public async Task IngestAsync_ReportOnTheSameEvent_JoinsTheStoryAndReinforcesItsSignal()
    {
        var pipeline = Build().GetRequiredService<ISignalPipeline>();

        var first = await pipeline.IngestAsync(NewArticle("a", "Yangtze Memory files for Shanghai STAR Market listing", Now.AddHours(-6), "Caixin"));
        var second = await pipeline.IngestAsync(NewArticle("b", "YMTC STAR Market listing: Yangtze Memory seeks $4bn", Now.AddHours(-2), "Reuters"));

        second.Created.Should().BeEmpty();
        second.Reinforced.Should().ContainSingle().Which.Id.Should().Be(first.Created[0].Id);
        second.StoryId.Should().Be(first.StoryId).And.NotBeNull();
        second.Reinforced[0].Evidence.Should().OnlyContain(e => !e.IsNearDuplicate);
    }

    [Fact]
    public async Task IngestAsync_UnrelatedReport_StartsANewStoryAndSignal()
    {
        var pipeline = Build().GetRequiredService<ISignalPipeline>();

        var first = await pipeline.IngestAsync(NewArticle("a", "Yangtze Memory files for Shanghai STAR Market listing", Now, "Caixin"));
        var other = await pipeline.IngestAsync(NewArticle("b", "Drought cuts Brazilian coffee harvest forecast", Now, "Reuters"));

        other.Created.Should().ContainSingle();
        other.Reinforced.Should().BeEmpty();
        other.StoryId.Should().NotBe(first.StoryId);
    }

    [Fact]
    public async Task IngestAsync_UnrelatedReportsEndingWithOneOutletsName_StartTwoStories()
    {
        var pipeline = Build().GetRequiredService<ISignalPipeline>();
        const string Outlet = " - KSLA News 12 Shreveport, Louisiana News Weather & Sports";

        var first = await pipeline.IngestAsync(NewArticle("a", "Man wounded outside bar" + Outlet, Now, "ksla.com"));
        var other = await pipeline.IngestAsync(NewArticle("b", "Levee repairs begin" + Outlet, Now, "ksla.com"));

        other.StoryId.Should().NotBe(first.StoryId, "the outlet's name says who published the report, not what happened");
    }

    [Fact]
    public async Task MatchAsync_SameWordsWeeksApart_NeedsMoreThanTheDayAfter()
    {
        var provider = Build();
        var pipeline = provider.GetRequiredService<ISignalPipeline>();
        var matcher = provider.GetRequiredService<ISignalMatcher>();
        var story = await pipeline.IngestAsync(NewArticle("a", "Copper price jumps as Chile mine strike spreads", Now, "Reuters"));
        var text = "Chile copper mine strike spreads to second site";

        var nextDay = await matcher.MatchAsync(Candidate("b", text, Now.AddDays(1)), NewArticle("b", text, Now.AddDays(1), "AP"));
        var weeksLater = await matcher.MatchAsync(Candidate("c", text, Now.AddDays(21)), NewArticle("c", text, Now.AddDays(21), "AP"));

        nextDay.StoryId.Should().Be(story.StoryId);
        weeksLater.StoryId.Should().BeNull("a story silent for three weeks needs a much closer article to be reopened");
        weeksLater.Similarity.Should().BeLessThan(nextDay.Similarity);
    }

    [Fact]
    public async Task MatchAsync_BareHeadlineNamingTheStorysActor_JoinsOnlyWithTheActorKnown()
    {
        // The bar is pinned: this is about what the actor adds to a bare headline's similarity, not about the default bar.
        var provider = Build(c => c.StoryMatchThreshold = 0.17);
        var pipeline = provider.GetRequiredService<ISignalPipeline>();
        var matcher = provider.GetRequiredService<ISignalMatcher>();
        var story = await pipeline.IngestAsync(NewArticle("a", "Yangtze Memory files for Shanghai STAR Market listing", Now, "Caixin"));
        var text = "Yangtze chip output rises at Wuhan plant after months of delays";

        var untagged = await matcher.MatchAsync(Candidate("b", text, Now), NewArticle("b", text, Now, "AP"));
        var tagged = await matcher.MatchAsync(Candidate("c", text, Now) with { Actors = ["Yangtze Memory"] }, NewArticle("c", text, Now, "AP"));

        untagged.StoryId.Should().BeNull("one shared word of a bare headline is not enough");
        tagged.StoryId.Should().Be(story.StoryId, "the extractor found the story's actor in the headline");
    }

    [Fact]
    public async Task IngestAsync_SameEventInAnotherSection_StartsItsOwnStory()
    {
        var pipeline = Build().GetRequiredService<ISignalPipeline>();
        const string Report = "YMTC STAR Market listing: Yangtze Memory seeks $4bn";

        var business = await pipeline.IngestAsync(NewArticle("a", "Yangtze Memory files for Shanghai STAR Market listing", Now.AddHours(-6), "Caixin") with { Section = "business" });
        var technology = await pipeline.IngestAsync(NewArticle("b", Report, Now.AddHours(-3), "Reuters") with { Section = "technology" });
        var businessAgain = await pipeline.IngestAsync(NewArticle("c", Report + " in Shanghai", Now.AddHours(-2), "AP") with { Section = " Business " });
        var unknown = await pipeline.IngestAsync(NewArticle("d", "Yangtze Memory STAR Market listing draws Shanghai investors", Now.AddHours(-1), "FT"));

        technology.StoryId.Should().NotBe(business.StoryId, "stories do not cross sections");
        businessAgain.StoryId.Should().Be(business.StoryId, "sections compare without case or padding");
        unknown.StoryId.Should().BeOneOf(business.StoryId, technology.StoryId);
    }

    [Fact]
    public async Task MatchAsync_MatcherRebuiltFromStoredSignals_KeepsStoriesWithinTheirSections()
    {
        var matcher = Build().GetRequiredService<ISignalMatcher>();
        const string Title = "Yangtze Memory files for Shanghai STAR Market listing";
        var stored = StoredSignal("sig_one", NewArticle("a", Title, Now, "Caixin") with { Section = "business" }, extractions: 1);
        matcher.Observe(stored);

        var technology = await matcher.MatchAsync(Candidate("b", Title + " today", Now), NewArticle("b", Title + " today", Now, "AP") with { Section = "technology" });
        var business = await matcher.MatchAsync(Candidate("c", Title + " today", Now), NewArticle("c", Title + " today", Now, "AP") with { Section = "business" });

        technology.StoryId.Should().BeNull("the stored evidence keeps its section");
        business.StoryId.Should().Be(matcher.ResolveStory("story_a"));
    }

    [Fact]
    public async Task MatchAsync_BareHeadlineWithAnAddressSlug_ReadsTheSlugsWords()
    {
        var provider = Build();
        var pipeline = provider.GetRequiredService<ISignalPipeline>();
        var matcher = provider.GetRequiredService<ISignalMatcher>();
        var story = await pipeline.IngestAsync(NewArticle("a", "Yangtze Memory files for Shanghai STAR Market listing", Now, "Caixin"));
        const string Text = "Chipmaker eyes $4bn debut";

        var bare = await matcher.MatchAsync(Candidate("b", Text, Now), NewArticle("b", Text, Now, "AP"));
        var addressed = await matcher.MatchAsync(Candidate("c", Text, Now), NewArticle("c", Text, Now, "AP") with { Url = new Uri("https://example.com/2026/05/yangtze-memory-star-market-listing-4bn.html") });

        bare.StoryId.Should().BeNull();
        addressed.StoryId.Should().Be(story.StoryId, "the address names the listing the headline leaves out");
    }

    [Theory]
    [InlineData(0.085, true)]
    [InlineData(0.17, false)]
    public async Task IngestAsync_LoneHeadlineNearAStory_IsFoldedInOnlyAtTheStoryMergeBar(double mergeThreshold, bool folded)
    {
        var lone = NewArticle("d", "Escondida workers reject offer, Chile copper climbs", Now, "WSJ");

        var (separateAtMatch, foldedLater) = await LoneNearCopperStoryAsync(mergeThreshold, lone);

        separateAtMatch.Should().BeTrue("at match time the headline is below the story bar");
        foldedLater.Should().Be(folded, "a story of one bare headline merges at the bar every story merges at");
    }

    [Fact]
    public async Task IngestAsync_StoryMergePassThatFoldsALoneHeadline_LogsHowManyStoriesItMerged()
    {
        var logs = new RecordingLogs();
        var lone = NewArticle("d", "Escondida workers reject offer, Chile copper climbs", Now, "WSJ");

        var (_, folded) = await LoneNearCopperStoryAsync(0.085, lone, logs);

        folded.Should().BeTrue();
        logs.Entries.Should().Contain(e => e.Category == "CentroidSignalMatcher" && e.EventId == 9 && e.Message.Contains("1 merged", StringComparison.Ordinal));
    }

    [Fact]
    public async Task IngestAsync_SyndicatedCopy_ReinforcesButIsNotAnIndependentSource()
    {
        var pipeline = Build().GetRequiredService<ISignalPipeline>();
        const string Wire = "Chinese memory chipmaker CXMT plans mega IPO on Shanghai STAR Market, sources say";

        await pipeline.IngestAsync(NewArticle("a", Wire, Now.AddHours(-3), "Reuters"));
        var copy = await pipeline.IngestAsync(NewArticle("b", Wire + " - report", Now.AddHours(-2), "Yahoo Finance"));

        var signal = copy.Reinforced.Should().ContainSingle().Subject;
        signal.Evidence.Single(e => e.Article.Id == "b").IsNearDuplicate.Should().BeTrue();
        signal.ExtractionCount.Should().Be(2);
        signal.Strength.Components.Single(c => c.Name == "independent sources").Value.Should().Be(1);
        signal.Strength.CappedBecause.Should().NotBeNull();
    }

    [Fact]
    public async Task IngestAsync_CopyOfAnArticleWithABodyAfterARestart_IsStillACopy()
    {
        var first = Build();
        var store = first.GetRequiredService<ISignalStore>();
        var original = SeedArticles.Load()[0] with { Source = "Reuters" };
        await first.GetRequiredService<ISignalPipeline>().IngestAsync(original);
        var restarted = Build(store: store);
        var copy = original with
        {
            Id = "copy",
            Title = original.Title + " - report",
            Url = new Uri("https://finance.example.com/copy"),
            Source = "Yahoo Finance",
            PublishedAt = original.PublishedAt!.Value.AddHours(1),
        };

        var result = await restarted.GetRequiredService<ISignalPipeline>().IngestAsync(copy);

        var signal = result.Reinforced.Should().ContainSingle().Subject;
        signal.Evidence.Single(e => e.Article.Id == "copy").IsNearDuplicate.Should().BeTrue("the original's copy sketch was stored with its evidence");
        signal.Strength.Components.Single(c => c.Name == "independent sources").Value.Should().Be(1);
        signal.Evidence.Select(e => e.Article.CopySketch).Should().OnlyContain(sketch => sketch != null && sketch.Count == 32);
    }

    [Fact]
    public async Task CompactAsync_ConvergedSignals_MergesThemKeepingEvidenceAndCounts()
    {
        var provider = Build();
        var store = provider.GetRequiredService<ISignalStore>();
        var matcher = provider.GetRequiredService<ISignalMatcher>();
        var one = StoredSignal("sig_one", NewArticle("a", "Lithium price slump forces Australian mine closures", Now, "ABC"), extractions: 2);
        var two = StoredSignal("sig_two", NewArticle("b", "Lithium price slump forces more Australian mine closures", Now, "SMH"), extractions: 3);
        foreach (var (signal, article) in new[] { (one, "a"), (two, "b") })
        {
            await store.SaveAsync(new SignalChangeSet { Article = new ArticleRecord(article, null, article), Created = [signal] });
            matcher.Observe(signal);
        }

        var merged = await provider.GetRequiredService<ISignalCompactor>().CompactAsync(["sig_two"]);

        var merge = merged.Should().ContainSingle().Subject;
        merge.AbsorbedId.Should().Be("sig_two", "of two signals of one article each, the one the other converged to survives");
        var survivor = merge.Survivor;
        survivor.ExtractionCount.Should().Be(5);
        survivor.Evidence.Select(e => e.Article.Id).Should().BeEquivalentTo(["a", "b"]);
        (await AllSignals(store)).Should().ContainSingle().Which.Id.Should().Be(survivor.Id);
    }

    [Fact]
    public async Task CompactAsync_DifferentSignals_LeavesThemApart()
    {
        var provider = Build();
        var store = provider.GetRequiredService<ISignalStore>();
        var matcher = provider.GetRequiredService<ISignalMatcher>();
        var one = StoredSignal("sig_one", NewArticle("a", "Lithium price slump forces Australian mine closures", Now, "ABC"), extractions: 1);
        var two = StoredSignal("sig_two", NewArticle("b", "Drought cuts Brazilian coffee harvest forecast", Now, "SMH"), extractions: 1);
        foreach (var (signal, article) in new[] { (one, "a"), (two, "b") })
        {
            await store.SaveAsync(new SignalChangeSet { Article = new ArticleRecord(article, null, article), Created = [signal] });
            matcher.Observe(signal);
        }

        var merged = await provider.GetRequiredService<ISignalCompactor>().CompactAsync(["sig_one", "sig_two"]);

        merged.Should().BeEmpty();
        (await AllSignals(store)).Should().HaveCount(2);
    }

    [Fact]
    public async Task CompactAsync_ArticleThatCameBeforeItsSignal_JoinsItAtTheJoinBar()
    {
        var (compactor, store) = await Observed(
            Signal("sig_orphan", "Lithium price slump forces Australian mine closures"),
            Signal("sig_grown", "Australian lithium miners cut jobs as prices slump", "Lithium slump: more Australian mine closures"));

        var merged = await compactor.CompactAsync(["sig_grown"]);

        var merge = merged.Should().ContainSingle().Subject;
        merge.AbsorbedId.Should().Be("sig_orphan", "a lone article close enough to join the later signal is folded into it");
        merge.Survivor.Id.Should().Be("sig_grown");
        merge.Survivor.Evidence.Select(e => e.Article.Id).Should().BeEquivalentTo(["o0", "g0", "g1"]);
        (await AllSignals(store)).Should().ContainSingle();
    }

    [Fact]
    public async Task CompactAsync_LoneArticleNearerAnotherSignal_StaysOutOfTheGrownOne()
    {
        var (compactor, store) = await Observed(
            Signal("sig_orphan", "Lithium price slump forces Australian mine closures"),
            Signal("sig_twin", "Lithium price slump forces Australian mine closures, unions say"),
            Signal("sig_grown", "Australian lithium miners cut jobs as prices slump", "Lithium slump: more Australian mine closures"));

        var merged = await compactor.CompactAsync(["sig_grown"]);

        merged.Should().BeEmpty("each lone article is nearer the other than the grown signal, and joins only its nearest");
        (await AllSignals(store)).Should().HaveCount(3);
    }

    [Fact]
    public async Task CompactAsync_SignalOfTwoArticlesBelowTheCompactionBar_StaysApart()
    {
        var (compactor, store) = await Observed(
            Signal("sig_pair", "Lithium price slump forces Australian mine closures", "Lithium price slump closes Australian mines"),
            Signal("sig_grown", "Australian lithium miners cut jobs as prices slump", "Lithium slump: more Australian mine closures"));

        var merged = await compactor.CompactAsync(["sig_grown"]);

        merged.Should().BeEmpty("only a signal of one article joins at the join bar; two signals merge at the compaction bar");
        (await AllSignals(store)).Should().HaveCount(2);
    }

    [Fact]
    public async Task IngestAsync_ReinforcementThatTriggersACompaction_ReportsTheSignalsAsStored()
    {
        var provider = Build(o => o.CompactionThreshold = 0.05);
        var pipeline = provider.GetRequiredService<ISignalPipeline>();
        var store = provider.GetRequiredService<ISignalStore>();
        await pipeline.IngestAsync(NewArticle("a", "Copper price jumps as Chile mine strike spreads", Now, "Reuters"));
        await pipeline.IngestAsync(NewArticle("b", "Chile copper mine strike spreads to a second site", Now, "AP"));
        await pipeline.IngestAsync(NewArticle("c", "Drought cuts Brazilian coffee harvest, traders strike deals", Now, "Bloomberg"));

        var last = await pipeline.IngestAsync(NewArticle("d", "Brazilian coffee harvest forecast cut by drought", Now, "FT"));

        var stored = await AllSignals(store);
        stored.Should().HaveCount(1, "at a bar of 0.05 the coffee signal converges with the copper one and is merged away");
        var reported = last.Created.Concat(last.Reinforced).Should().ContainSingle().Subject;
        reported.Should().BeEquivalentTo(stored[0], "the result names the survivor as stored, not the signal merged away");
        reported.Evidence.Select(e => e.Article.Id).Should().BeEquivalentTo(["a", "b", "c", "d"]);
    }

    [Fact]
    public async Task IngestAsync_SameStreamTwice_GivesTheSameStoriesAndSignals()
    {
        var articles = Headlines.Stream(400);

        var first = await Partition(articles);
        var second = await Partition(articles);

        second.Should().Equal(first);
        first.Select(p => p.Story).Distinct().Count().Should().BeInRange(2, articles.Count - 1, "the stream holds several stories, each told several times");
    }

    [Fact]
    public async Task IngestAsync_ParallelWorkers_StoreEveryArticleExactlyOnce()
    {
        var provider = Build();
        var pipeline = provider.GetRequiredService<ISignalPipeline>();
        var articles = Headlines.Stream(600);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(worker => Task.Run(async () =>
        {
            var mine = new List<IngestResult>();
            foreach (var article in articles.Where((_, i) => i % 6 == worker))
            {
                mine.Add(await pipeline.IngestAsync(article));
            }

            return mine;
        })));

        results.SelectMany(r => r).Should().HaveCount(articles.Count).And.OnlyContain(r => r.Outcome == IngestOutcome.Ingested && r.StoryId != null);
        var evidence = (await AllSignals(provider.GetRequiredService<ISignalStore>())).SelectMany(s => s.Evidence).Select(e => e.Article.Id).ToList();
        evidence.Should().OnlyHaveUniqueItems().And.BeEquivalentTo(articles.Select(a => a.Id));
    }

    [Fact]
    public async Task Observe_OlderVersionAfterANewerOne_CountsNoEvidenceTwice()
    {
        var older = StoredSignal("sig_copper", NewArticle("a", "Copper price jumps as Chile mine strike spreads", Now, "Reuters"), 1);
        var second = new ArticleEvidence { Article = NewArticle("b", "Chile copper mine strike spreads to a second site", Now, "AP").ToReference(), StoryId = "story_a", ExtractedAt = Now };
        var newer = older with { ExtractionCount = 2, Evidence = [.. older.Evidence, second] };
        var inOrder = Build().GetRequiredService<ISignalMatcher>();
        inOrder.Observe(older);
        inOrder.Observe(newer);
        var raced = Build().GetRequiredService<ISignalMatcher>();
        raced.Observe(newer);
        raced.Observe(older); // two writers' results observed in the opposite order of their saves
        raced.Observe(newer);
        const string Text = "Copper climbs on the Chile strike";

        var expected = await inOrder.MatchAsync(Candidate("c", Text, Now), NewArticle("c", Text, Now, "FT"));
        var actual = await raced.MatchAsync(Candidate("c", Text, Now), NewArticle("c", Text, Now, "FT"));

        actual.Similarity.Should().Be(expected.Similarity).And.BeGreaterThan(0);
    }

    [Fact]
    public void AddBellwether_StoryHalfLifeOutOfRange_FailsValidationNamingTheOption()
    {
        var services = new ServiceCollection();
        services.AddBellwether().ConfigureClustering(o => o.StoryHalfLife = TimeSpan.Zero);
        using var provider = services.BuildServiceProvider();

        var read = () => provider.GetRequiredService<IOptions<ClusteringOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().WithMessage("*StoryHalfLife*");
    }


    public void Dispose()
    {
        foreach (var provider in _providers)
        {
            provider.Dispose();
        }
    }

    private async Task<List<(string Id, string Story, string Signal)>> Partition(IReadOnlyList<Article> articles)
    {
        var provider = Build();
        var pipeline = provider.GetRequiredService<ISignalPipeline>();
        var matcher = provider.GetRequiredService<ISignalMatcher>();
        var results = new List<IngestResult>();
        foreach (var article in articles)
        {
            results.Add(await pipeline.IngestAsync(article));
        }

        return [.. results.Select(r => (r.ArticleId, matcher.ResolveStory(r.StoryId!), r.Created.Concat(r.Reinforced).Single().Id))];
    }

    private static Signal StoredSignal(string id, Article article, int extractions) => new()
    {
        Id = id,
        Headline = article.Title,
        ExtractionCount = extractions,
        FirstExtractedAt = article.PublishedAt!.Value,
        LastReinforcedAt = article.PublishedAt!.Value,
        Evidence = [new ArticleEvidence { Article = article.ToReference(), StoryId = "story_" + article.Id, ExtractedAt = Now }],
    };

    /// <summary>A stored signal whose evidence is one article per title, published an hour apart.</summary>
    private static Signal Signal(string id, params string[] titles)
    {
        var articles = titles.Select((title, i) => NewArticle(id[4..5] + i, title, Now.AddHours(i), "Outlet " + i)).ToList();
        return StoredSignal(id, articles[0], titles.Length) with
        {
            Evidence = [.. articles.Select(a => new ArticleEvidence { Article = a.ToReference(), StoryId = "story_" + a.Id, ExtractedAt = Now })],
        };
    }

    /// <summary>The signals saved and observed in order, with compaction off (its bar at 0.99) so that only lone articles can join; the compactor and store.</summary>
    private async Task<(ISignalCompactor Compactor, ISignalStore Store)> Observed(params Signal[] signals)
    {
        var provider = Build(o => o.CompactionThreshold = 0.99);
        var store = provider.GetRequiredService<ISignalStore>();
        var matcher = provider.GetRequiredService<ISignalMatcher>();
        foreach (var signal in signals)
        {
            var first = signal.Evidence[0].Article.Id;
            await store.SaveAsync(new SignalChangeSet { Article = new ArticleRecord(first, null, first), Created = [signal] });
            matcher.Observe(signal);
        }

        return (provider.GetRequiredService<ISignalCompactor>(), store);
    }

    private static SignalCandidate Candidate(string id, string title, DateTimeOffset at) => new()
    {
        Headline = title,
        Evidence = new ArticleEvidence { Article = NewArticle(id, title, at, "AP").ToReference() },
    };

    /// <summary>
    /// Three headlines of one copper strike, then <paramref name="lone"/>, then an unrelated headline, with story merges
    /// every 5 articles at <paramref name="mergeThreshold"/>: whether the lone article started its own story, and
    /// whether the merge then folded that story into the strike's.
    /// </summary>
    private async Task<(bool SeparateAtMatch, bool FoldedLater)> LoneNearCopperStoryAsync(double mergeThreshold, Article lone, RecordingLogs? logs = null)
    {
        var provider = Build(o => (o.StoryMergeThreshold, o.StoryMergeInterval) = (mergeThreshold, 5), logs: logs);
        var pipeline = provider.GetRequiredService<ISignalPipeline>();
        var matcher = provider.GetRequiredService<ISignalMatcher>();
        var story = await pipeline.IngestAsync(NewArticle("a", "Copper price jumps as Chile mine strike spreads", Now, "Reuters"));
        await pipeline.IngestAsync(NewArticle("b", "Chile copper mine strike spreads to a second site", Now, "AP"));
        await pipeline.IngestAsync(NewArticle("c", "Copper hits a ten-month high on the Chile mine strike", Now, "FT"));
        var joined = await pipeline.IngestAsync(lone);
        var separate = joined.StoryId != story.StoryId;

        await pipeline.IngestAsync(NewArticle("e", "Drought cuts Brazilian coffee harvest forecast", Now, "Bloomberg"));

        return (separate, matcher.ResolveStory(joined.StoryId!) == matcher.ResolveStory(story.StoryId!));
    }

    private static Article NewArticle(string id, string title, DateTimeOffset publishedAt, string source) =>
        new() { Id = id, Title = title, PublishedAt = publishedAt, Source = source };

    private static async Task<IReadOnlyList<Signal>> AllSignals(ISignalStore store) =>
        (await store.QueryAsync(new SignalQuery { Limit = SignalQuery.MaxLimit })).Items;

    private ServiceProvider Build(Action<ClusteringOptions>? clustering = null, ISignalStore? store = null, RecordingLogs? logs = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        if (logs is not null)
        {
            services.AddSingleton(logs);
            services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(RecordingLogger<>));
        }

        if (store is not null)
        {
            services.AddSingleton(store);
        }

        services.AddBellwether().UseSignalExtractor<RecordingExtractor>().ConfigureClustering(clustering ?? (_ => { }));
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider;
    }
}
