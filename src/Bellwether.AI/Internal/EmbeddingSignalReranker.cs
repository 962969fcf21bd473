using System.Numerics.Tensors;
using Microsoft.Extensions.AI;

namespace Bellwether.AI.Internal;

/// <summary>
/// Re-scores the matcher's short list by blending its sparse similarity with the dense cosine similarity of
/// headline embeddings. Only the short list is embedded (signals once, cached), never the whole index.
/// </summary>
internal sealed class EmbeddingSignalReranker(IEmbeddingGenerator<string, Embedding<float>> generator, BellwetherAIOptions options) : ISignalReranker
{
    private readonly EmbeddingCache _cache = new(options.EmbeddingCacheSize);

    public async ValueTask<IReadOnlyList<ScoredSignal>> RerankAsync(SignalCandidate candidate, IReadOnlyList<ScoredSignal> shortList, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(shortList);
        if (shortList.Count == 0)
        {
            return shortList;
        }

        var vectors = new Dictionary<string, ReadOnlyMemory<float>>(StringComparer.Ordinal);
        var missing = new List<ScoredSignal>();
        foreach (var scored in shortList)
        {
            if (_cache.TryGet(scored.SignalId, scored.Headline, out var cached))
            {
                vectors[scored.SignalId] = cached;
            }
            else if (!missing.Any(m => m.SignalId == scored.SignalId))
            {
                missing.Add(scored);
            }
        }

        var embeddings = await generator.GenerateAsync([candidate.Headline, .. missing.Select(m => m.Headline)], cancellationToken: cancellationToken).ConfigureAwait(false);
        if (embeddings.Count != missing.Count + 1)
        {
            throw new InvalidOperationException($"The embedding generator returned {embeddings.Count} embedding(s) for {missing.Count + 1} input(s).");
        }

        for (var i = 0; i < missing.Count; i++)
        {
            vectors[missing[i].SignalId] = embeddings[i + 1].Vector;
            _cache.Set(missing[i].SignalId, missing[i].Headline, embeddings[i + 1].Vector);
        }

        var query = embeddings[0].Vector;
        return
        [
            .. shortList
                .Select((scored, index) => (Scored: scored with { Similarity = Blend(scored.Similarity, Cosine(query, vectors[scored.SignalId])) }, Index: index))
                .OrderByDescending(x => x.Scored.Similarity)
                .ThenBy(x => x.Index)
                .Select(x => x.Scored),
        ];
    }

    /// <summary>Cosine similarity clamped to 0–1; 0 when the vectors cannot be compared (different lengths, zero vectors).</summary>
    private static double Cosine(ReadOnlyMemory<float> a, ReadOnlyMemory<float> b)
    {
        if (a.Length != b.Length || a.Length == 0)
        {
            return 0;
        }

        var cosine = TensorPrimitives.CosineSimilarity(a.Span, b.Span);
        return float.IsFinite(cosine) ? Math.Clamp(cosine, 0, 1) : 0;
    }

    private double Blend(double sparse, double dense) => ((1 - options.DenseWeight) * sparse) + (options.DenseWeight * dense);
}
