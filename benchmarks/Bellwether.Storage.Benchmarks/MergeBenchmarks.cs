using BenchmarkDotNet.Attributes;
using Bellwether.Core;
using Bellwether.Core.Internal;
using Bellwether.PostgreSql;
using Bellwether.PostgreSql.Internal;
using Bellwether.Sqlite;
using Bellwether.Sqlite.Internal;
using Microsoft.Extensions.Options;

namespace Bellwether.Storage.Benchmarks;

/// <summary>
/// Merges per second: one operation is one reinforcement saved atomically (its article recorded, the signal read,
/// reinforced and written, the change feed advanced), by one writer or four concurrent writers contending for
/// <see cref="Signals"/> signals. The in-memory store is the baseline. PostgreSQL runs when <c>BELLWETHER_POSTGRES</c> is set.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class MergeBenchmarks
{
    private const int Signals = 16;
    private const int MergesPerInvoke = 256;
    private static readonly DateTimeOffset Epoch = new(2026, 5, 20, 8, 0, 0, TimeSpan.Zero);
    private ISignalStore _store = null!;
    private string? _folder;
    private string? _schema;
    private long _article;

    [ParamsSource(nameof(Stores))]
    public string Store { get; set; } = "in-memory";

    [Params(1, 4)]
    public int Writers { get; set; }

    public static IEnumerable<string> Stores() =>
        Environment.GetEnvironmentVariable("BELLWETHER_POSTGRES") is { Length: > 0 } ? ["in-memory", "sqlite", "postgresql"] : ["in-memory", "sqlite"];

    [GlobalSetup]
    public async Task SetupAsync()
    {
        switch (Store)
        {
            case "sqlite":
                _folder = Directory.CreateTempSubdirectory("bellwether-bench-").FullName;
                _store = new SqliteSignalStore(Options.Create(new SqliteSignalStoreOptions { DatabasePath = Path.Combine(_folder, "bench.db") }));
                break;
            case "postgresql":
                _schema = "bench_" + Guid.NewGuid().ToString("N")[..12];
                _store = new PostgreSqlSignalStore(Options.Create(new PostgreSqlSignalStoreOptions { ConnectionString = Environment.GetEnvironmentVariable("BELLWETHER_POSTGRES")!, Schema = _schema }));
                break;
            default:
                _store = new InMemorySignalStore();
                break;
        }

        for (var i = 0; i < Signals; i++)
        {
            await _store.SaveAsync(new SignalChangeSet { Article = Record("seed-" + i), Created = [NewSignal("s-" + i)] });
        }
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        (_store as IDisposable)?.Dispose();
        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Benchmark(OperationsPerInvoke = MergesPerInvoke)]
    public Task Reinforce() => Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
    {
        for (var i = 0; i < MergesPerInvoke / Writers; i++)
        {
            var article = Interlocked.Increment(ref _article);
            await _store.SaveAsync(new SignalChangeSet
            {
                Article = Record("a-" + article),
                Reinforcements = [new SignalReinforcement("s-" + (article % Signals), s => s with { ExtractionCount = s.ExtractionCount + 1, LastReinforcedAt = s.LastReinforcedAt.AddSeconds(1) })],
            });
        }
    })));

    private static ArticleRecord Record(string id) => new(id, new Uri("https://example.org/" + id), "hash-" + id);

    private static Signal NewSignal(string id) => new()
    {
        Id = id,
        Headline = "Export controls accelerate domestic capital formation in " + id,
        Topics = ["semiconductors", "AI"],
        Regions = ["CN", "US"],
        Actors = ["ASML", "SMIC"],
        Analysis = "A signal the benchmark reinforces.",
        FirstExtractedAt = Epoch,
        LastReinforcedAt = Epoch,
        Evidence = [new ArticleEvidence { Article = new ArticleReference("seed", "Seed", null, "Example", Epoch), Quotes = [new Quote("Export controls accelerate domestic capital formation.", "capital formation")] }],
    };
}
