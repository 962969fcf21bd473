using BenchmarkDotNet.Attributes;
using Bellwether.Core;

namespace Bellwether.Storage.Benchmarks;

/// <summary>
/// What one worker pays for the matching turn on each article: taking and releasing the turn with no other worker,
/// against the article's save (one new signal, its article recorded) measured in the same run. The save is the
/// baseline; the turn's ratio is its cost as a share of a write. PostgreSQL runs when <c>BELLWETHER_POSTGRES</c> is set.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class MatchTurnBenchmarks
{
    private const int ArticlesPerInvoke = 64;
    private static readonly DateTimeOffset Epoch = new(2026, 5, 20, 8, 0, 0, TimeSpan.Zero);
    private ISignalStore _store = null!;
    private long _article;

    [ParamsSource(nameof(Stores))]
    public string Store { get; set; } = "in-memory";

    public static IEnumerable<string> Stores() => BenchmarkStore.Kinds();

    [GlobalSetup]
    public void Setup()
    {
        _store = BenchmarkStore.Open(Store);
        Save().GetAwaiter().GetResult(); // the database is created and open before the first measurement
    }

    [GlobalCleanup]
    public void Cleanup() => BenchmarkStore.Close(_store);

    /// <summary>An article's write: one new signal and its article record, in one transaction.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = ArticlesPerInvoke)]
    public async Task Save()
    {
        for (var i = 0; i < ArticlesPerInvoke; i++)
        {
            var id = "a-" + Interlocked.Increment(ref _article);
            await _store.SaveAsync(new SignalChangeSet { Article = new ArticleRecord(id, new Uri("https://example.org/" + id), "hash-" + id), Created = [NewSignal("s-" + id, id)] });
        }
    }

    /// <summary>The turn taken and released, as the pipeline does around each article's catch-up, match and save.</summary>
    [Benchmark(OperationsPerInvoke = ArticlesPerInvoke)]
    public async Task TakeTheTurn()
    {
        for (var i = 0; i < ArticlesPerInvoke; i++)
        {
            await (await _store.AcquireMatchTurnAsync()).DisposeAsync();
        }
    }

    private static Signal NewSignal(string id, string articleId) => new()
    {
        Id = id,
        Headline = "Export controls accelerate domestic capital formation in " + id,
        Topics = ["semiconductors"],
        Regions = ["CN"],
        Actors = ["SMIC"],
        Analysis = "A signal the benchmark saves.",
        FirstExtractedAt = Epoch,
        LastReinforcedAt = Epoch,
        Evidence =
        [
            new ArticleEvidence
            {
                Article = new ArticleReference(articleId, "Chipmakers expand domestic capacity as export controls tighten", new Uri("https://example.org/" + articleId), "Example", Epoch),
                Quotes = [new Quote("Export controls accelerate domestic capital formation in memory and logic chips.", "capital formation")],
                Reasoning = "Export controls accelerate domestic capital formation.",
                ExtractedAt = Epoch,
            },
        ],
    };
}
