using BenchmarkDotNet.Attributes;
using Bellwether.Core.Internal;
using Microsoft.Extensions.Options;

namespace Bellwether.Core.Benchmarks;

/// <summary>Scoring on its own: the strength of 100,000 signals of 1 to 40 evidence articles each.</summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private const int Signals = 100_000;
    private readonly CorroborationSignalScorer _scorer = new(Options.Create(new BellwetherOptions()));
    private Signal[] _signals = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        var start = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
        _signals = [.. Enumerable.Range(0, Signals).Select(s =>
        {
            var size = 1 + random.Next(40);
            var evidence = Enumerable.Range(0, size).Select(i => new ArticleEvidence
            {
                Article = new ArticleReference($"a{s}-{i}", "t", null, "source" + random.Next(30), start.AddHours(random.Next(24 * 20))),
                IsNearDuplicate = random.Next(6) == 0,
            }).ToList();
            return new Signal
            {
                Id = "s" + s,
                Headline = "signal",
                ExtractionCount = size,
                FirstExtractedAt = evidence.Min(e => e.Article.PublishedAt!.Value),
                LastReinforcedAt = evidence.Max(e => e.Article.PublishedAt!.Value),
                Evidence = evidence,
            };
        })];
    }

    /// <summary>Scores every signal once.</summary>
    [Benchmark(OperationsPerInvoke = Signals)]
    public int ScoreAll()
    {
        var now = new DateTimeOffset(2026, 5, 22, 0, 0, 0, TimeSpan.Zero);
        var total = 0;
        foreach (var signal in _signals)
        {
            total += _scorer.Score(signal, now).Strength;
        }

        return total;
    }
}
