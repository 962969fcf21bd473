namespace Bellwether.Core;

/// <summary>A signal on a matcher's short list.</summary>
/// <param name="SignalId">The signal's id.</param>
/// <param name="Headline">The signal's headline, for re-rankers that compare text.</param>
/// <param name="Similarity">The similarity to the candidate, from 0 to 1.</param>
public readonly record struct ScoredSignal(string SignalId, string Headline, double Similarity);
