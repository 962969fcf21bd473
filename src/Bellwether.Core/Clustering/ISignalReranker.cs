namespace Bellwether.Core;

/// <summary>
/// Re-orders the few signals the sparse index retrieved for a candidate (for example by dense embeddings).
/// Optional: when one is registered the matcher calls it on its short list, never on the whole index.
/// </summary>
public interface ISignalReranker
{
    /// <summary>Returns <paramref name="shortList"/> re-scored, best first.</summary>
    /// <param name="candidate">The candidate being placed.</param>
    /// <param name="shortList">The signals the sparse index found, with their sparse similarity.</param>
    /// <param name="cancellationToken">Cancels the re-ranking.</param>
    ValueTask<IReadOnlyList<ScoredSignal>> RerankAsync(SignalCandidate candidate, IReadOnlyList<ScoredSignal> shortList, CancellationToken cancellationToken = default);
}
