using Bellwether.Testing.Internal;
using Microsoft.Extensions.DependencyInjection;
using static Bellwether.Testing.Internal.TestSignals;

namespace Bellwether.Testing;

/// <summary>
/// The contract every <see cref="ISignalStore"/> keeps, as xunit tests: subclass it in a test project with
/// <see cref="OpenStore"/> and run <c>dotnet test</c>. xunit makes a new instance for every test, so each test starts
/// from a fresh, empty database; the in-memory, SQLite and PostgreSQL stores of this repository run the same suite.
/// </summary>
/// <remarks>
/// The suite covers saves, reinforcements, merges, the change feed, match records, queries, cancellation, evidence
/// order, the values every store refuses, and whole pipelines (several workers, a restart, compaction) over the store.
/// A test may throw <c>Xunit.SkipException</c> (from <c>Skip.If</c>, Xunit.SkippableFact) while opening the store, for
/// example when the database server is not configured: the test is then reported as skipped with the reason.
/// </remarks>
public abstract partial class SignalStoreContract : IDisposable
{
    private readonly List<IDisposable> _owned = [];
    private readonly Lock _ownedLock = new();

    /// <summary>
    /// Disposes the stores and resources registered with <see cref="Own"/>; a subclass that overrides
    /// <see cref="Dispose(bool)"/> drops its database there.
    /// </summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <summary>
    /// A handle on this test's database: the same instance each time for a store that lives in the process, a new
    /// store on the same database for one that does not (as a second worker or a restarted process would have). The
    /// first call of a test gets an empty database. Register a handle that needs disposing with <see cref="Own"/>.
    /// </summary>
    protected abstract ISignalStore OpenStore();

    /// <summary>
    /// Registers this test's database as the store of a Bellwether container; the pipeline tests build one container
    /// per worker. By default a handle from <see cref="OpenStore"/>, registered as an instance (the test disposes it).
    /// </summary>
    /// <param name="builder">The container's builder, from <c>AddBellwether</c>.</param>
    protected virtual void UseStore(IBellwetherBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton(OpenStore());
    }

    /// <summary>Disposes what <see cref="Own"/> registered, when <paramref name="disposing"/>.</summary>
    /// <param name="disposing">True when called from <see cref="Dispose()"/>.</param>
    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            IDisposable[] owned;
            lock (_ownedLock)
            {
                owned = [.. _owned];
                _owned.Clear();
            }

            foreach (var resource in owned)
            {
                resource.Dispose();
            }
        }
    }

    /// <summary>Disposes <paramref name="owned"/> with the test. Safe to call from the concurrent tasks of one test.</summary>
    /// <typeparam name="T">The type of what is owned.</typeparam>
    /// <param name="owned">A store handle or other resource of this test.</param>
    /// <returns><paramref name="owned"/>.</returns>
    protected T Own<T>(T owned)
        where T : IDisposable
    {
        ArgumentNullException.ThrowIfNull(owned);
        lock (_ownedLock)
        {
            _owned.Add(owned);
        }

        return owned;
    }

#pragma warning disable CS1591 // A test's name (Method_Condition_Result) is its documentation.
    [SkippableFact]
    public async Task SaveAsync_NewSignal_IsReadBackWithEvidenceAndVersionOne()
    {
        var store = OpenStore();

        var saved = await store.SaveAsync(Creating("a-1", Signal("s-1", strength: 7)));

        saved.Created.Should().ContainSingle().Which.Version.Should().Be(1);
        var read = await OpenStore().GetAsync("s-1");
        read.Should().NotBeNull();
        read!.Version.Should().Be(1);
        read.Headline.Should().Be("Headline of s-1");
        read.Strength.Strength.Should().Be(7);
        read.Evidence.Should().ContainSingle().Which.Quotes.Should().ContainSingle().Which.KeyPhrase.Should().Be("capital formation");
        read.Evidence[0].Article.Section.Should().Be("business");
        read.LastReinforcedAt.Should().Be(Epoch);
    }

    [SkippableFact]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        (await OpenStore().GetAsync("missing")).Should().BeNull();
    }

    [SkippableTheory]
    [InlineData("a-1", "https://example.org/other", "other-hash")]
    [InlineData("a-2", "https://example.org/1", "other-hash")]
    [InlineData("a-3", "https://example.org/other", "hash-1")]
    public async Task SaveAsync_ArticleSeenBeforeByIdUrlOrContent_IsRecordedOnceAndSaysSo(string id, string url, string hash)
    {
        var store = OpenStore();
        await store.SaveAsync(new SignalChangeSet { Article = Record("a-1", "https://example.org/1", "hash-1"), Created = [Signal("s-1")] });
        var again = new SignalChangeSet { Article = Record(id, url, hash), Created = [Signal("s-2")] };

        (await store.ContainsArticleAsync(again.Article)).Should().BeTrue();
        var result = await store.SaveAsync(again);

        result.IsDuplicateArticle.Should().BeTrue();
        result.Created.Should().BeEmpty();
        (await store.GetAsync("s-2")).Should().BeNull();
    }

    [SkippableFact]
    public async Task SaveAsync_ReinforcementOfMissingSignal_ThrowsAndWritesNothing()
    {
        var store = OpenStore();
        var changes = Reinforcing("a-1", "missing") with { Created = [Signal("s-1")] };

        var act = async () => await store.SaveAsync(changes);

        (await act.Should().ThrowAsync<SignalNotFoundException>()).Which.SignalId.Should().Be("missing");
        (await store.GetAsync("s-1")).Should().BeNull();
        (await store.ContainsArticleAsync(changes.Article)).Should().BeFalse();
    }

    [SkippableFact]
    public async Task SaveAsync_SignalIdTaken_ThrowsAndWritesNothing()
    {
        var store = OpenStore();
        await store.SaveAsync(Creating("a-1", Signal("s-1")));

        var act = async () => await store.SaveAsync(Creating("a-2", Signal("s-2"), Signal("s-1")));

        (await act.Should().ThrowAsync<DuplicateSignalException>()).Which.SignalId.Should().Be("s-1");
        (await store.GetAsync("s-2")).Should().BeNull();
        (await store.ContainsArticleAsync(Record("a-2"))).Should().BeFalse();
    }

    [SkippableFact]
    public async Task SaveAsync_TwoNewSignalsWithOneId_ThrowsDuplicateAndWritesNothing()
    {
        var store = OpenStore();

        var act = async () => await store.SaveAsync(Creating("a-1", Signal("s-1", strength: 3), Signal("s-2"), Signal("s-1", strength: 9)));

        (await act.Should().ThrowAsync<DuplicateSignalException>()).Which.SignalId.Should().Be("s-1");
        (await store.GetAsync("s-1")).Should().BeNull();
        (await store.GetAsync("s-2")).Should().BeNull();
        (await store.ContainsArticleAsync(Record("a-1"))).Should().BeFalse();
        (await store.ReadChangesAsync(0, 10)).Should().BeEmpty();
    }

    [SkippableFact]
    public async Task SaveAsync_ManyConcurrentReinforcementsOfOneSignal_LoseNoUpdate()
    {
        await OpenStore().SaveAsync(Creating("a-0", Signal("s-1")));
        const int Writers = 8;
        const int PerWriter = 10;

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var store = OpenStore();
            for (var i = 0; i < PerWriter; i++)
            {
                await store.SaveAsync(Reinforcing($"a-{w}-{i}", "s-1"));
            }
        })));

        var signal = await OpenStore().GetAsync("s-1");
        signal!.ExtractionCount.Should().Be(1 + (Writers * PerWriter));
        signal.Version.Should().Be(1 + (Writers * PerWriter));
        signal.Evidence.Select(e => e.Article.Id).Should().OnlyHaveUniqueItems().And.HaveCount(1 + (Writers * PerWriter));
    }

    [SkippableFact]
    public async Task SaveAsync_SameArticleFromManyWritersAtOnce_IsRecordedOnce()
    {
        await OpenStore().SaveAsync(Creating("a-0", Signal("s-1")));

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () => await OpenStore().SaveAsync(Reinforcing("a-same", "s-1")))));

        results.Count(r => !r.IsDuplicateArticle).Should().Be(1);
        (await OpenStore().GetAsync("s-1"))!.ExtractionCount.Should().Be(2);
    }

    [SkippableFact]
    public async Task MergeAsync_TwoSignals_KeepsTheSurvivorFoldedAndDeletesTheOther()
    {
        var store = OpenStore();
        await store.SaveAsync(Creating("a-1", Signal("s-1", articleId: "a-1")));
        await store.SaveAsync(Creating("a-2", Signal("s-2", articleId: "a-2")));

        var merged = await store.MergeAsync("s-1", "s-2", Absorb);

        merged.ExtractionCount.Should().Be(2);
        merged.Version.Should().Be(2);
        (await OpenStore().GetAsync("s-2")).Should().BeNull();
        var read = await OpenStore().GetAsync("s-1");
        read!.Evidence.Select(e => e.Article.Id).Should().Equal("a-1", "a-2");
        (await store.QueryAsync(new SignalQuery())).TotalCount.Should().Be(1);
    }

    [SkippableFact]
    public async Task MergeAsync_MissingSignalOrItself_ThrowsAndChangesNothing()
    {
        var store = OpenStore();
        await store.SaveAsync(Creating("a-1", Signal("s-1")));

        var missing = async () => await store.MergeAsync("s-1", "nope", Absorb);
        var itself = async () => await store.MergeAsync("s-1", "s-1", Absorb);

        (await missing.Should().ThrowAsync<SignalNotFoundException>()).Which.SignalId.Should().Be("nope");
        await itself.Should().ThrowAsync<ArgumentException>();
        (await store.GetAsync("s-1"))!.Version.Should().Be(1);
    }

    [SkippableFact]
    public async Task MergeAsync_DuplicatesCreatedConcurrentlyWhileOthersReinforce_CountsEveryExtractionOnce()
    {
        // Two workers created a signal for the same story at the same moment; compaction folds one into the other
        // while a third keeps reinforcing the one that disappears.
        await Task.WhenAll(
            Task.Run(async () => await OpenStore().SaveAsync(Creating("a-1", Signal("s-1", articleId: "a-1")))),
            Task.Run(async () => await OpenStore().SaveAsync(Creating("a-2", Signal("s-2", articleId: "a-2")))));
        var accepted = 0;
        var refused = 0;
        var reinforcing = Task.Run(async () =>
        {
            var store = OpenStore();
            for (var i = 0; i < 30; i++)
            {
                try
                {
                    await store.SaveAsync(Reinforcing($"r-{i}", "s-2"));
                    accepted++;
                }
                catch (SignalNotFoundException)
                {
                    refused++;
                }
            }
        });

        await Task.Delay(5);
        await OpenStore().MergeAsync("s-1", "s-2", Absorb);
        await reinforcing;

        var survivor = await OpenStore().GetAsync("s-1");
        survivor!.ExtractionCount.Should().Be(2 + accepted);
        (accepted + refused).Should().Be(30);
        (await OpenStore().QueryAsync(new SignalQuery())).TotalCount.Should().Be(1);
    }

    [SkippableFact]
    public async Task ReadChangesAsync_AfterASequence_ReturnsEachChangedSignalOnceInOrderWithDeletions()
    {
        var store = OpenStore();
        await store.SaveAsync(Creating("a-1", Signal("s-1")));
        await store.SaveAsync(Creating("a-2", Signal("s-2")));
        var first = await store.ReadChangesAsync(0, 100);
        await store.SaveAsync(Reinforcing("a-3", "s-1"));
        await store.SaveAsync(Reinforcing("a-4", "s-1"));
        await store.MergeAsync("s-1", "s-2", Absorb);

        var next = await OpenStore().ReadChangesAsync(first[^1].Sequence, 100);

        first.Select(c => c.SignalId).Should().Equal("s-1", "s-2");
        first.Select(c => c.Sequence).Should().BeInAscendingOrder().And.OnlyHaveUniqueItems();
        next.Select(c => c.SignalId).Should().BeEquivalentTo(["s-1", "s-2"]);
        next.Single(c => c.SignalId == "s-2").IsDeleted.Should().BeTrue();
        next.Single(c => c.SignalId == "s-1").Signal!.Version.Should().Be(4);
        next[0].Sequence.Should().BeGreaterThan(first[^1].Sequence);
        (await store.ReadChangesAsync(next[^1].Sequence, 100)).Should().BeEmpty();
        (await store.ReadChangesAsync(0, 1)).Should().ContainSingle();
    }

    [SkippableFact]
    public async Task SaveAsync_Write_ReportsTheFeedSequencesItsChangesTook()
    {
        var store = OpenStore();
        await store.SaveAsync(Creating("a-0", Signal("s-0")));

        var created = await store.SaveAsync(new SignalChangeSet { Article = Record("a-1", "https://example.org/1", "hash-1"), Created = [Signal("s-1"), Signal("s-2")] });
        var feed = await OpenStore().ReadChangesAsync(created.FirstSequence!.Value - 1, 100);
        var reinforced = await store.SaveAsync(Reinforcing("a-2", "s-1"));
        var afterReinforcing = await OpenStore().ReadChangesAsync(reinforced.FirstSequence!.Value - 1, 100);
        var duplicate = await store.SaveAsync(Reinforcing("a-2", "s-1"));

        created.LastSequence.Should().Be(created.FirstSequence + 1);
        feed.Select(c => c.SignalId).Should().BeEquivalentTo(["s-1", "s-2"]);
        feed.Select(c => c.Sequence).Should().Equal(created.FirstSequence!.Value, created.LastSequence!.Value);
        reinforced.FirstSequence.Should().Be(reinforced.LastSequence).And.BeGreaterThan(created.LastSequence!.Value);
        afterReinforcing.Should().ContainSingle().Which.Sequence.Should().Be(reinforced.LastSequence!.Value);
        afterReinforcing[0].Signal!.Version.Should().Be(2);
        duplicate.FirstSequence.Should().BeNull();
        duplicate.LastSequence.Should().BeNull();
    }

    [SkippableFact]
    public async Task ReadChangesAsync_PolledWhileFourWritersCreate_NeverSkipsASignal()
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        long last = 0;
        var reader = OpenStore();
        async Task PollAsync()
        {
            for (IReadOnlyList<SignalChange> changes; (changes = await reader.ReadChangesAsync(last, 50)).Count > 0;)
            {
                changes.Select(c => c.Sequence).Should().BeInAscendingOrder();
                changes[0].Sequence.Should().BeGreaterThan(last);
                seen.UnionWith(changes.Select(c => c.SignalId));
                last = changes[^1].Sequence;
            }
        }

        var writers = Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            var store = OpenStore();
            for (var i = 0; i < 50; i++)
            {
                await store.SaveAsync(Creating($"a-{w}-{i}", Signal($"s-{w}-{i}")));
            }
        })));
        while (!writers.IsCompleted)
        {
            await PollAsync();
        }

        await writers;
        await PollAsync();

        // A poller that moved past a sequence before its write committed would never see that signal.
        seen.Should().HaveCount(200);
    }

    [SkippableFact]
    public async Task EveryOperation_TokenAlreadyCancelled_ThrowsOperationCanceledAndChangesNothing()
    {
        var store = OpenStore();
        await store.SaveAsync(Creating("a-1", Signal("s-1")));
        await store.SaveAsync(Creating("a-2", Signal("s-2")));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var token = cancelled.Token;

        await FluentActions.Awaiting(async () => await store.SaveAsync(Reinforcing("a-3", "s-1"), token)).Should().ThrowAsync<OperationCanceledException>();
        await FluentActions.Awaiting(async () => await store.MergeAsync("s-1", "s-2", Absorb, token)).Should().ThrowAsync<OperationCanceledException>();
        await FluentActions.Awaiting(async () => await store.GetAsync("s-1", token)).Should().ThrowAsync<OperationCanceledException>();
        await FluentActions.Awaiting(async () => await store.QueryAsync(new SignalQuery(), token)).Should().ThrowAsync<OperationCanceledException>();
        await FluentActions.Awaiting(async () => await store.ReadChangesAsync(0, 10, token)).Should().ThrowAsync<OperationCanceledException>();
        await FluentActions.Awaiting(async () => await store.ContainsArticleAsync(Record("a-1"), token)).Should().ThrowAsync<OperationCanceledException>();

        (await store.GetAsync("s-2")).Should().NotBeNull();
        (await store.GetAsync("s-1"))!.Version.Should().Be(1);
        (await store.ContainsArticleAsync(Record("a-3"))).Should().BeFalse();
    }

    [SkippableFact]
    public async Task ReadChangesAsync_LimitOutOfRange_Throws()
    {
        var act = async () => await OpenStore().ReadChangesAsync(0, 0);

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [SkippableFact]
    public async Task QueryAsync_ByTopicRegionActorAndTime_ReturnsOnlyMatchesCaseInsensitively()
    {
        var store = OpenStore();
        await store.SaveAsync(Creating("a-1", Signal("chips", topics: ["semiconductors", "AI"], regions: ["CN", "US"], actors: ["ASML"], at: Epoch)));
        await store.SaveAsync(Creating("a-2", Signal("energy", topics: ["energy"], regions: ["DE"], actors: ["RWE"], at: Epoch.AddDays(2))));

        (await Ids(store, new SignalQuery { Topic = "ai" })).Should().Equal("chips");
        (await Ids(store, new SignalQuery { Region = "de" })).Should().Equal("energy");
        (await Ids(store, new SignalQuery { Actor = "asml" })).Should().Equal("chips");
        (await Ids(store, new SignalQuery { ChangedSince = Epoch.AddDays(1) })).Should().Equal("energy");
        (await Ids(store, new SignalQuery { Topic = "fishing" })).Should().BeEmpty();
    }

    [SkippableFact]
    public async Task QueryAsync_TopicOrActorDifferingInCaseBeyondAscii_MatchesButAccentsStillCount()
    {
        var store = OpenStore();
        await store.SaveAsync(Creating("a-1", Signal("s-1", topics: ["Énergie"], actors: ["Škoda Auto"])));

        (await Ids(store, new SignalQuery { Topic = "énergie" })).Should().Equal("s-1");
        (await Ids(store, new SignalQuery { Topic = "ÉNERGIE" })).Should().Equal("s-1");
        (await Ids(store, new SignalQuery { Actor = "ŠKODA AUTO" })).Should().Equal("s-1");
        (await Ids(store, new SignalQuery { Topic = "energie" })).Should().BeEmpty();
    }

    [SkippableTheory]
    [InlineData(" DE ")]
    [InlineData("de\t")]
    public async Task QueryAsync_RegionWithSurroundingSpaces_MatchesTheCodeValidationAccepts(string region)
    {
        var store = OpenStore();
        await store.SaveAsync(Creating("a-1", Signal("s-1", regions: ["DE"])));
        await store.SaveAsync(Creating("a-2", Signal("s-2", regions: ["FR"])));

        (await Ids(store, new SignalQuery { Region = region })).Should().Equal("s-1");
    }

    [SkippableFact]
    public async Task QueryAsync_RegionNotACode_ThrowsNamingRegion()
    {
        var act = async () => await OpenStore().QueryAsync(new SignalQuery { Region = "Germany" });

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be(nameof(SignalQuery.Region));
    }

    [SkippableFact]
    public async Task QueryAsync_Paging_OrdersStrongestFirstAndPagesThroughAll()
    {
        var store = OpenStore();
        for (var i = 0; i < 7; i++)
        {
            await store.SaveAsync(Creating($"a-{i}", Signal($"s-{i}", strength: 1 + i, at: Epoch.AddHours(i))));
        }

        var first = await store.QueryAsync(new SignalQuery { Limit = 3, MinimumStrength = 2 });
        var last = await store.QueryAsync(new SignalQuery { Limit = 3, Offset = 3, MinimumStrength = 2 });
        var recent = await store.QueryAsync(new SignalQuery { OrderBy = SignalOrder.RecentlyReinforced, Limit = 2 });

        first.TotalCount.Should().Be(6);
        first.Items.Select(s => s.Id).Should().Equal("s-6", "s-5", "s-4");
        first.NextOffset.Should().Be(3);
        last.Items.Select(s => s.Id).Should().Equal("s-3", "s-2", "s-1");
        last.NextOffset.Should().BeNull();
        recent.Items.Select(s => s.Id).Should().Equal("s-6", "s-5");
    }

    [SkippableFact]
    public async Task QueryAllAsync_MoreMatchesThanAPage_YieldsEachMatchOnceStrongestFirst()
    {
        var store = OpenStore();
        for (var i = 0; i < 8; i++)
        {
            await store.SaveAsync(Creating($"a-{i}", Signal($"s-{i}", strength: 1 + i, at: Epoch.AddHours(i))));
        }

        var all = await store.QueryAllAsync(new SignalQuery { Limit = 3, MinimumStrength = 2 }).ToListAsync();
        var fromOffset = await store.QueryAllAsync(new SignalQuery { Limit = 2, Offset = 5 }).ToListAsync();

        all.Select(s => s.Id).Should().Equal("s-7", "s-6", "s-5", "s-4", "s-3", "s-2", "s-1");
        fromOffset.Select(s => s.Id).Should().Equal("s-2", "s-1", "s-0");
    }

    [SkippableFact]
    public async Task Pipeline_ThousandArticlesBy4Tasks_AccountsForEveryCandidateAndCountsNoArticleTwice()
    {
        var articles = ArticleStream.Create(distinct: 1000, resent: 60);
        using var services = Services();
        var pipeline = services.GetRequiredService<ISignalPipeline>();
        var queue = new System.Collections.Concurrent.ConcurrentQueue<Article>(articles);
        var results = new System.Collections.Concurrent.ConcurrentBag<IngestResult>();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (queue.TryDequeue(out var article))
            {
                results.Add(await pipeline.IngestAsync(article));
            }
        })));

        results.Count(r => r.Outcome == IngestOutcome.Duplicate).Should().Be(60);
        var recorded = results.Where(r => r.Outcome != IngestOutcome.Duplicate).Select(r => r.ArticleId).ToList();
        recorded.Should().HaveCount(1000).And.OnlyHaveUniqueItems();
        var extractor = services.GetRequiredService<ISignalExtractor>();
        var candidates = 0;
        foreach (var article in articles.DistinctBy(a => a.Id).Where(a => recorded.Contains(a.Id)))
        {
            candidates += (await extractor.ExtractAsync(article)).Count;
        }

        var signals = await StoreChecks.AllAsync(OpenStore());
        candidates.Should().BeGreaterThan(0);
        signals.Sum(s => s.ExtractionCount).Should().Be(candidates);
        signals.Count.Should().BeLessThan(candidates, "articles about the same story reinforce one signal");
        signals.SelectMany(s => s.Evidence).Select(e => e.Article.Id).Should().OnlyContain(id => recorded.Contains(id));
    }

    [SkippableFact]
    public async Task Pipeline_SecondWorker_SeesTheFirstWorkersSignalsBeforeItMatches()
    {
        var articles = ArticleStream.Create(distinct: 80, resent: 0).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        using var first = Services();
        using var second = Services();
        var workerA = first.GetRequiredService<ISignalPipeline>();
        var workerB = second.GetRequiredService<ISignalPipeline>();
        await workerB.IngestAsync(articles[0]); // B's index is warm before A writes anything

        foreach (var article in articles.Skip(1).Take(40))
        {
            await workerA.IngestAsync(article);
        }

        var followUps = new List<IngestResult>();
        foreach (var article in articles.Skip(41))
        {
            followUps.Add(await workerB.IngestAsync(article));
        }

        // Articles 41.. are about the same 40 stories as A's: B reinforces A's signals instead of starting its own.
        var aSignals = (await StoreChecks.AllAsync(OpenStore())).Where(s => s.Evidence.Any(e => IsBetween(e.Article.Id, 1, 40))).Select(s => s.Id).ToHashSet();
        followUps.SelectMany(r => r.Reinforced).Select(s => s.Id).Should().Contain(id => aSignals.Contains(id));
    }

    [SkippableFact]
    public async Task Pipeline_Restarted_RebuildsItsIndexFromTheStore()
    {
        var articles = ArticleStream.Create(distinct: 80, resent: 0).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        using (var before = Services())
        {
            foreach (var article in articles.Take(40))
            {
                await before.GetRequiredService<ISignalPipeline>().IngestAsync(article);
            }
        }

        var stored = (await StoreChecks.AllAsync(OpenStore())).Select(s => s.Id).ToHashSet();
        using var after = Services();
        var results = new List<IngestResult>();
        foreach (var article in articles.Skip(40))
        {
            results.Add(await after.GetRequiredService<ISignalPipeline>().IngestAsync(article));
        }

        results.SelectMany(r => r.Reinforced).Select(s => s.Id).Should().Contain(id => stored.Contains(id));
        (await after.GetRequiredService<ISignalPipeline>().IngestAsync(articles[0])).Outcome.Should().Be(IngestOutcome.Duplicate);
    }

    [SkippableTheory]
    [InlineData(nameof(Article.Title))]
    [InlineData(nameof(Article.Source))]
    [InlineData(nameof(Article.Section))]
    public async Task Pipeline_NulCharacterInAFieldStoredAsEvidence_IsReplacedAndReportedAndTheEvidenceHoldsNoNul(string field)
    {
        var article = NulArticle() with { Title = "ASML accelerates export controls in China", Source = "Example Wire", Section = "business" };
        article = field switch
        {
            nameof(Article.Title) => article with { Title = "ASML accelerates export controls\0 in China" },
            nameof(Article.Source) => article with { Source = "Example\0Wire" },
            _ => article with { Section = "busi\0ness" },
        };
        using var services = Services();

        var result = await services.GetRequiredService<ISignalPipeline>().IngestAsync(article);

        result.Repairs.Should().ContainSingle().Which.Field.Should().Be(field);
        var cited = (await StoreChecks.AllAsync(OpenStore())).SelectMany(s => s.Evidence).Select(e => e.Article).Should().NotBeEmpty().And.Subject;
        cited.Should().AllSatisfy(a => new[] { a.Title, a.Source, a.Section }.Should().NotContain(v => v!.Contains('\0', StringComparison.Ordinal))
            .And.Contain(v => v!.Contains('\uFFFD', StringComparison.Ordinal)));
    }

    [SkippableFact]
    public async Task Pipeline_NulCharactersInTheBody_IngestsTheArticleAndStoresNoNul()
    {
        using var services = Services();

        var result = await services.GetRequiredService<ISignalPipeline>().IngestAsync(NulArticle());

        result.Created.Should().NotBeEmpty();
        var stored = await StoreChecks.AllAsync(OpenStore());
        stored.Should().HaveCount(result.Created.Count);
        stored.SelectMany(s => new[] { s.Headline, s.Analysis, s.Evidence[0].Reasoning }.Concat(s.Topics).Concat(s.Actors).Concat(s.Evidence[0].Quotes.Select(q => q.Text)))
            .Should().OnlyContain(text => !text.Contains('\0', StringComparison.Ordinal));
    }

#pragma warning restore CS1591

    private static bool IsBetween(string articleId, int from, int to) =>
        int.TryParse(articleId.AsSpan("article-".Length), out var n) && n >= from && n <= to;

    private static Article NulArticle() => new()
    {
        Id = "article-nul",
        Title = "ASML accelerates export controls in China",
        Text = "ASML said on\0 Tuesday that export controls accelerate investment in China.\0 TSMC responded that export controls would keep shaping capital spending in China for years.",
        Url = new Uri("https://news.example.org/nul"),
        Source = "Example Wire",
        PublishedAt = Epoch,
    };

    private static async Task<List<string>> Ids(ISignalStore store, SignalQuery query) =>
        [.. (await store.QueryAsync(query)).Items.Select(s => s.Id)];

    private ServiceProvider Services()
    {
        var services = new ServiceCollection();
        UseStore(services.AddBellwether());
        return services.BuildServiceProvider();
    }
}
