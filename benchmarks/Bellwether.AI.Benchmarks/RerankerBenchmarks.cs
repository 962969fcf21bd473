using Bellwether.AI.Internal;
using Bellwether.Core;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.AI;

namespace Bellwether.AI.Benchmarks;

/// <summary>
/// Dense re-ranking of a sparse short list with 768-dimensional embeddings already cached for the signals, so
/// only the candidate is embedded (by an in-process generator): the cost grows with the short list, not the index.
/// </summary>
[MemoryDiagnoser]
public class RerankerBenchmarks
{
    private const int Dimensions = 768;
    private EmbeddingSignalReranker _reranker = null!;
    private ScoredSignal[] _shortList = null!;
    private SignalCandidate _candidate = null!;

    [Params(10, 50)]
    public int ShortList { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _reranker = new EmbeddingSignalReranker(new HashingGenerator(), new BellwetherAIOptions());
        _shortList = [.. Enumerable.Range(0, ShortList).Select(i => new ScoredSignal($"sig-{i}", $"Signal headline number {i} about chips", 1.0 / (i + 1)))];
        _candidate = new SignalCandidate { Headline = "Chinese chipmakers turn to domestic listings", Evidence = new ArticleEvidence { Article = new ArticleReference("a", "t", null, null, null) } };
        _reranker.RerankAsync(_candidate, _shortList).AsTask().GetAwaiter().GetResult();
    }

    [Benchmark(Baseline = true, Description = "Sparse order only (sort the short list)")]
    public ScoredSignal[] SparseOnly() => [.. _shortList.OrderByDescending(s => s.Similarity)];

    [Benchmark(Description = "Dense re-rank (cached signal vectors)")]
    public IReadOnlyList<ScoredSignal> Dense() => _reranker.RerankAsync(_candidate, _shortList).AsTask().GetAwaiter().GetResult();

    /// <summary>A deterministic in-process embedding: character trigrams hashed into a fixed-size vector.</summary>
    private sealed class HashingGenerator : IEmbeddingGenerator<string, Embedding<float>>
    {
        public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default) =>
            Task.FromResult(new GeneratedEmbeddings<Embedding<float>>(values.Select(Embed)));

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose()
        {
        }

        private static Embedding<float> Embed(string text)
        {
            var vector = new float[Dimensions];
            for (var i = 0; i + 3 <= text.Length; i++)
            {
                vector[(int)((uint)string.GetHashCode(text.AsSpan(i, 3), StringComparison.Ordinal) % Dimensions)] += 1;
            }

            return new Embedding<float>(vector);
        }
    }
}
