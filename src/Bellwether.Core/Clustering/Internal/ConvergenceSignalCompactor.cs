using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bellwether.Core.Internal;

/// <summary>
/// Asks the matcher which signals have converged and merges each pair in the store (the larger survives), re-scored.
/// Two signals that hold one article are never merged: they are the different things that article says, whose words
/// overlap because they were read from the same text.
/// </summary>
internal sealed class ConvergenceSignalCompactor(
    ISignalMatcher matcher, ISignalStore store, ISignalScorer scorer, TimeProvider timeProvider, ILogger<ConvergenceSignalCompactor>? logger = null) : ISignalCompactor
{
    private readonly ILogger _logger = logger ?? NullLogger<ConvergenceSignalCompactor>.Instance;

    public async ValueTask<IReadOnlyList<SignalMerge>> CompactAsync(IReadOnlyCollection<string> signalIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signalIds);
        var merged = new List<SignalMerge>();
        foreach (var (survivorId, absorbedId) in matcher.FindConverged(signalIds))
        {
            if (await SharedArticleAsync(survivorId, absorbedId, cancellationToken).ConfigureAwait(false) is { } shared)
            {
                Log.CompactionVetoed(_logger, absorbedId, survivorId, shared);
                continue;
            }

            Signal survivor;
            try
            {
                survivor = await store.MergeAsync(survivorId, absorbedId, Merge, cancellationToken).ConfigureAwait(false);
            }
            catch (SignalNotFoundException)
            {
                // Another worker merged one of them first: nothing left to do for this pair.
                Log.CompactionSkipped(_logger, absorbedId, survivorId);
                continue;
            }

            Log.SignalsCompacted(_logger, absorbedId, survivorId, survivor.ArticleCount);
            (matcher as IRecordingMatcher)?.NoteMerge(absorbedId, survivor);
            matcher.Forget(absorbedId);
            matcher.Observe(survivor);
            merged.Add(new SignalMerge(absorbedId, survivor));
        }

        return merged;
    }

    /// <summary>An article both signals hold as evidence, or null (also when either is gone).</summary>
    private async ValueTask<string?> SharedArticleAsync(string survivorId, string absorbedId, CancellationToken cancellationToken)
    {
        var survivor = await store.GetAsync(survivorId, cancellationToken).ConfigureAwait(false);
        var absorbed = await store.GetAsync(absorbedId, cancellationToken).ConfigureAwait(false);
        if (survivor is null || absorbed is null)
        {
            return null;
        }

        var articles = survivor.Evidence.Select(e => e.Article.Id).ToHashSet(StringComparer.Ordinal);
        return absorbed.Evidence.Select(e => e.Article.Id).FirstOrDefault(articles.Contains);
    }

    private Signal Merge(Signal survivor, Signal absorbed)
    {
        var combined = SignalMerger.Absorb(survivor, absorbed);
        return combined with { Strength = scorer.Score(combined, timeProvider.GetUtcNow()) };
    }
}
