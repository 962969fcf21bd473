using Bellwether.Testing.Internal;
using Microsoft.Extensions.DependencyInjection;
using static Bellwether.Testing.Internal.TestSignals;

namespace Bellwether.Testing;

#pragma warning disable CS1591 // A test's name (Method_Condition_Result) is its documentation.

/// <summary>
/// Two workers (two containers with their own index, matcher and compactor, on one database) start the same story at
/// the same moment, each with its own signal; as the story goes on, compaction folds the two into one.
/// </summary>
public abstract partial class SignalStoreContract
{
    private const int StoryArticles = 10;

    private static readonly string[] StoryLeads =
    [
        "CXMT files for a $42 billion STAR Market listing to fund DRAM expansion",
        "China's CXMT seeks $42 billion in Shanghai IPO as DRAM push continues",
        "CXMT IPO: memory maker sets out plan for new DRAM fabs in Hefei",
        "Investors weigh CXMT's $42 billion listing against DRAM price swings",
        "CXMT listing tests STAR Market appetite for memory chip makers",
        "CXMT's IPO prospectus shows DRAM output climbing despite export controls",
        "Regulators review CXMT's $42 billion STAR Market IPO filing",
        "CXMT IPO draws state funds as China backs DRAM self-reliance",
        "Analysts say CXMT listing could lift China's memory chip supply",
        "CXMT sets price range for STAR Market IPO of DRAM maker",
        "CXMT says DRAM demand from AI servers supports its listing",
        "State investors line up for CXMT's STAR Market debut",
        "CXMT's listing plan puts Hefei DRAM fabs in the spotlight",
    ];

    [SkippableFact]
    public async Task Pipeline_TwoWorkersStartAStoryFromWireCopiesAtOnce_CompactionMergesTheirSignalsKeepingEveryCount() =>
        await TwoWorkersStartOneStoryAsync(copies: true, configure: null);

    [SkippableFact]
    public async Task Pipeline_TwoWorkersStartAStoryFromDifferentReportsAtOnce_CompactionAtAMatchingThresholdMergesThem() =>
        // Two outlets' own reports of one story: the two signals' centroids stay at a similarity between 0.63 and 0.65
        // (measured on these articles: one worker's signal is read from the whole article, the other's from the stored
        // title and quotes), under the default CompactionThreshold of 0.8, so this flow needs a lower one.
        await TwoWorkersStartOneStoryAsync(copies: false, configure: o => o.CompactionThreshold = 0.6);

    /// <summary>
    /// Articles 0 and 1 reach worker A and B at the same moment; articles 2..9 alternate between them; then each worker
    /// ingests one more. With <paramref name="copies"/>, the two workers receive the same wire text under each outlet's name.
    /// </summary>
    private async Task TwoWorkersStartOneStoryAsync(bool copies, Action<ClusteringOptions>? configure)
    {
        var moment = new SameMoment(workers: 2);
        using var first = Worker(moment, configure);
        using var second = Worker(moment, configure);
        var workers = new[] { first.GetRequiredService<ISignalPipeline>(), second.GetRequiredService<ISignalPipeline>() };
        var articles = Enumerable.Range(0, StoryArticles).Select(n => StoryArticle(n, n % 2 == 0 ? "wire-a" : "wire-b", copies)).ToList();

        // Both match before either writes: each starts its own signal for the story.
        var opened = await Task.WhenAll(
            Task.Run(async () => await workers[0].IngestAsync(articles[0])),
            Task.Run(async () => await workers[1].IngestAsync(articles[1])));
        var created = opened.SelectMany(r => r.Created).Select(s => s.Id).ToList();
        created.Should().HaveCount(2, "neither worker saw the other's signal when it matched").And.OnlyHaveUniqueItems();

        // The story goes on at both workers in turn; each catches up on the other's writes before it matches.
        var ingested = opened.ToList();
        for (var n = 2; n < StoryArticles; n++)
        {
            ingested.Add(await workers[n % 2].IngestAsync(articles[n]));
        }

        ingested.Should().OnlyContain(r => r.Outcome == IngestOutcome.Ingested);
        var survivor = (await StoreChecks.AllAsync(OpenStore())).Should().ContainSingle("compaction merged the story's two signals").Subject;
        created.Should().Contain(survivor.Id);
        var absorbedId = created.Single(id => id != survivor.Id);
        (await OpenStore().GetAsync(absorbedId)).Should().BeNull("the absorbed signal is deleted");

        // Every candidate of every article counted once; every article is evidence once.
        survivor.ExtractionCount.Should().Be(await StoreChecks.CandidatesAsync(articles));
        survivor.Evidence.Select(e => e.Article.Id).Should().OnlyHaveUniqueItems().And.BeEquivalentTo(articles.Select(a => a.Id));
        survivor.ArticleCount.Should().Be(StoryArticles);

        // Both workers' indexes forgot the absorbed signal: after catching up, the story's next articles reinforce the survivor.
        for (var w = 0; w < workers.Length; w++)
        {
            var next = await workers[w].IngestAsync(StoryArticle(StoryArticles + w, "wire-c", copies: false));
            next.Created.Should().BeEmpty();
            next.Reinforced.Select(s => s.Id).Should().Equal(survivor.Id);
        }

        // Asked directly, neither matcher offers the absorbed signal even for a copy of the article that started it.
        var absorbedStart = articles.Single(a => a.Id == opened.Single(r => r.Created.Any(s => s.Id == absorbedId)).ArticleId);
        var probe = absorbedStart with { Id = absorbedStart.Id + "-copy", Url = null };
        foreach (var services in new[] { first, second })
        {
            var matcher = services.GetRequiredService<ISignalMatcher>();
            foreach (var candidate in await services.GetRequiredService<ISignalExtractor>().ExtractAsync(probe))
            {
                (await matcher.MatchAsync(candidate, probe)).SignalId.Should().Be(survivor.Id);
            }
        }

        (await OpenStore().GetAsync(survivor.Id))!.ArticleCount.Should().Be(StoryArticles + workers.Length);
        (await StoreChecks.AllAsync(OpenStore())).Should().ContainSingle();
    }

    /// <summary>Article <paramref name="n"/> of one story (a memory-chip maker's listing) as <paramref name="source"/> words it; 0 and 1 at the same minute.</summary>
    private static Article StoryArticle(int n, string source, bool copies)
    {
        var title = StoryLeads[copies ? n / 2 * 2 : n];
        return new Article
        {
            Id = $"{source}-{n}",
            Title = title,
            Text = $"{title}. ChangXin Memory Technologies (CXMT), China's largest DRAM maker, plans to raise $42 billion in an initial public offering on Shanghai's STAR Market, "
                + "the exchange said, to pay for new memory chip fabs in Hefei and research into high-bandwidth memory. "
                + $"The listing would be one of China's largest, {source} reported, and comes as export controls on chipmaking tools push Beijing to back domestic semiconductor makers. "
                + $"CXMT said demand for DRAM from data centres and AI servers had recovered, and that the offering would cut its reliance on state financing ({source} report {n}).",
            Url = new Uri($"https://{source}.example.org/cxmt/{n}"),
            Source = source,
            PublishedAt = Epoch.AddMinutes(n <= 1 ? 0 : n * 7),
        };
    }

    /// <summary>One worker: its own container (index, matcher, compactor) on another handle of this test's database.</summary>
    private ServiceProvider Worker(SameMoment moment, Action<ClusteringOptions>? configure)
    {
        var services = new ServiceCollection();
        var builder = services.AddBellwether();
        if (configure is not null)
        {
            builder.ConfigureClustering(configure);
        }

        services.AddSingleton<ISignalStore>(new SameMomentStore(OpenStore(), moment));
        return services.BuildServiceProvider();
    }
}
