using BenchmarkDotNet.Attributes;
using Bellwether.Core;

namespace Bellwether.Storage.Benchmarks;

/// <summary>
/// Merges per second: one operation is one reinforcement saved atomically (its article recorded, the signal read,
/// reinforced with one more evidence entry and written, the change feed advanced), by one writer or four concurrent
/// writers contending for <see cref="Signals"/> signals; the read-then-reinforce pair measures what handing the store the
/// signal just read saves. Every iteration reinforces <see cref="Signals"/> new signals
/// that start with <see cref="Evidence"/> entries each and grow by one per reinforcement, as the pipeline's do, so
/// every iteration measures the same sizes (<see cref="Evidence"/> to <see cref="Evidence"/> + 16 entries). The
/// in-memory store is the baseline. PostgreSQL runs when <c>BELLWETHER_POSTGRES</c> is set.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class MergeBenchmarks
{
    private const int Signals = 16;
    private const int MergesPerInvoke = 256;
    private static readonly DateTimeOffset Epoch = new(2026, 5, 20, 8, 0, 0, TimeSpan.Zero);
    private ISignalStore _store = null!;
    private long _article;
    private int _iteration;

    [ParamsSource(nameof(Stores))]
    public string Store { get; set; } = "in-memory";

    [Params(1, 4)]
    public int Writers { get; set; }

    [Params(10, 200)]
    public int Evidence { get; set; }

    public static IEnumerable<string> Stores() => BenchmarkStore.Kinds();

    [GlobalSetup]
    public void Setup()
    {
        _store = BenchmarkStore.Open(Store);
    }

    /// <summary>New signals for the iteration, so that each iteration starts from the same evidence sizes.</summary>
    [IterationSetup]
    public void CreateSignals()
    {
        _iteration++;
        for (var i = 0; i < Signals; i++)
        {
            var id = $"s-{_iteration}-{i}";
            _store.SaveAsync(new SignalChangeSet { Article = Record("seed-" + id), Created = [NewSignal(id, Evidence)] }).AsTask().GetAwaiter().GetResult();
        }
    }

    [GlobalCleanup]
    public void Cleanup() => BenchmarkStore.Close(_store);

    [Benchmark(OperationsPerInvoke = MergesPerInvoke)]
    public Task Reinforce() => RunWriters(async article => await _store.SaveAsync(Reinforcing(article)));

    /// <summary>The pipeline's pattern when an analyst is registered: read the signal, then save its reinforcement.</summary>
    [Benchmark(OperationsPerInvoke = MergesPerInvoke)]
    public Task ReadThenReinforce() => RunWriters(async article =>
    {
        var change = Reinforcing(article);
        await _store.GetAsync(change.Reinforcements[0].SignalId);
        await _store.SaveAsync(change);
    });

    /// <summary>As <see cref="ReadThenReinforce"/>, handing the store the signal read (as the pipeline does), so a store may skip its own read.</summary>
    [Benchmark(OperationsPerInvoke = MergesPerInvoke)]
    public Task ReadThenReinforceOnTheRead() => RunWriters(async article =>
    {
        var change = Reinforcing(article);
        var read = await _store.GetAsync(change.Reinforcements[0].SignalId);
        await _store.SaveAsync(change with { Reinforcements = [change.Reinforcements[0] with { Basis = read }] });
    });

    private Task RunWriters(Func<long, Task> reinforce) => Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
    {
        for (var i = 0; i < MergesPerInvoke / Writers; i++)
        {
            await reinforce(Interlocked.Increment(ref _article));
        }
    })));

    private SignalChangeSet Reinforcing(long article) => new()
    {
        Article = Record("a-" + article),
        Reinforcements = [new SignalReinforcement($"s-{_iteration}-{article % Signals}", s => s with { ExtractionCount = s.ExtractionCount + 1, LastReinforcedAt = s.LastReinforcedAt.AddSeconds(1), Evidence = [.. s.Evidence, Entry("a-" + article)] })],
    };

    private static ArticleRecord Record(string id) => new(id, new Uri("https://example.org/" + id), "hash-" + id);

    private static Signal NewSignal(string id, int evidence) => new()
    {
        Id = id,
        Headline = "Export controls accelerate domestic capital formation in " + id,
        Topics = ["semiconductors", "AI"],
        Regions = ["CN", "US"],
        Actors = ["ASML", "SMIC"],
        Analysis = "A signal the benchmark reinforces.",
        FirstExtractedAt = Epoch,
        LastReinforcedAt = Epoch,
        Evidence = [.. Enumerable.Range(0, evidence).Select(n => Entry($"seed-{id}-{n}"))],
    };

    /// <summary>One evidence entry of about 0.4 KB (the dev set's entries average 0.5 KB).</summary>
    private static ArticleEvidence Entry(string articleId) => new()
    {
        Article = new ArticleReference(articleId, "Chipmakers expand domestic capacity as export controls tighten", new Uri("https://example.org/" + articleId), "Example", Epoch),
        Quotes = [new Quote("Export controls accelerate domestic capital formation in memory and logic chips.", "capital formation")],
        Reasoning = "Export controls accelerate domestic capital formation: reported by Example, naming ASML and SMIC.",
        ExtractedAt = Epoch,
    };
}
