using System.Diagnostics;
using Bellwether.Sqlite;
using Bellwether.Storage.Tests.TestSupport;
using Bellwether.Testing.Internal;
using CsCheck;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bellwether.Storage.Tests;

/// <summary>Hostile records mixed into streams of good articles, through the whole pipeline on the in-memory and SQLite stores.</summary>
public sealed class HostileStreamTests
{
    /// <summary>The store a run uses.</summary>
    public enum StoreKind
    {
        InMemory,
        Sqlite,
    }

    private static readonly TimeSpan MaxPerArticle = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(StoreKind.InMemory, 60)]
    [InlineData(StoreKind.Sqlite, 15)]
    public async Task IngestAsync_RandomHostileRecordsAmongGoodOnes_RejectsEachUnusableOneAndStoresEveryGoodOneOnce(StoreKind kind, int iterations)
    {
        await HostileRecords.Streams.SampleAsync(stream => CheckAsync(kind, stream), iter: iterations, threads: 1);
    }

    [Theory]
    [InlineData(StoreKind.InMemory)]
    [InlineData(StoreKind.Sqlite)]
    public async Task IngestAsync_FixedHostileCorpusAmongGoodOnes_RejectsEachUnusableOneAndStoresEveryGoodOneOnce(StoreKind kind)
    {
        var corpus = HostileRecords.Corpus;
        var good = ArticleStream.Create(HostileRecords.GoodCount, resent: 0);

        await CheckAsync(kind, HostileRecords.Mix(good, corpus, [.. corpus.Select((_, i) => i % (good.Count + 1))]));
    }

    [Fact]
    public void Corpus_HoldsBothRepairableAndUnusableRecords_SoEachKindOfCheckRuns()
    {
        HostileRecords.Corpus.Select(e => e.RejectedField).Distinct().Should().Contain([null, "Id", "Title", "Language", "PublishedAt"]);
    }

    private static async Task CheckAsync(StoreKind kind, IReadOnlyList<StreamEntry> stream)
    {
        using var database = new TempDatabase();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(HostileRecords.Now));
        var builder = services.AddBellwether(o => o.MaxArticleTextLength = HostileRecords.MaxTextLength);
        if (kind == StoreKind.Sqlite)
        {
            builder.UseSqlite(database.Path);
        }

        await using var provider = services.BuildServiceProvider();
        var pipeline = provider.GetRequiredService<ISignalPipeline>();

        var results = new List<IngestResult>();
        var slowest = TimeSpan.Zero;
        using var timeout = new CancellationTokenSource(MaxPerArticle * stream.Count);
        var watch = Stopwatch.StartNew();
        await foreach (var result in pipeline.IngestAsync(stream.Select(e => e.Article).ToAsyncEnumerable(), timeout.Token))
        {
            slowest = watch.Elapsed > slowest ? watch.Elapsed : slowest;
            results.Add(result);
            watch.Restart();
        }

        results.Select(r => r.ArticleId).Should().Equal(stream.Select(e => e.Article.Id), "one result per record, in order");
        slowest.Should().BeLessThan(MaxPerArticle);
        foreach (var (entry, result) in stream.Zip(results))
        {
            if (entry.RejectedField is { } field)
            {
                result.Outcome.Should().Be(IngestOutcome.Rejected, entry.Article.Id);
                result.Rejection!.Field.Should().Be(field);
                result.Rejection.Reason.Should().NotBeNullOrWhiteSpace();
            }
            else if (entry.IsGood)
            {
                result.Outcome.Should().BeOneOf([IngestOutcome.Ingested, IngestOutcome.NoSignals], entry.Article.Id);
            }
            else
            {
                result.Outcome.Should().NotBe(IngestOutcome.Rejected, "{0} can be repaired ({1})", entry.Article.Id, result.Rejection);
            }
        }

        var store = provider.GetRequiredService<ISignalStore>();
        var good = stream.Where(e => e.IsGood).Select(e => e.Article).ToList();
        foreach (var article in good)
        {
            (await store.ContainsArticleAsync(ArticleRecord.From(article))).Should().BeTrue(article.Id);
        }

        var signals = await StoreChecks.AllAsync(store);
        signals.Should().AllSatisfy(s => s.Evidence.Select(e => e.Article.Id).Should().OnlyHaveUniqueItems());
        await foreach (var again in pipeline.IngestAsync(good.ToAsyncEnumerable()))
        {
            again.Outcome.Should().Be(IngestOutcome.Duplicate, "{0} is stored once already", again.ArticleId);
        }
    }
}
