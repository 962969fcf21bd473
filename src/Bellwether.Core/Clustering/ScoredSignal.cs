namespace Bellwether.Core;

/// <summary>A signal on a matcher's short list.</summary>
public readonly record struct ScoredSignal
{
    /// <summary>Creates a <see cref="ScoredSignal"/> from its parts.</summary>
    /// <param name="signalId">The signal's id.</param>
    /// <param name="headline">The signal's headline, for re-rankers that compare text.</param>
    /// <param name="similarity">The similarity to the candidate, from 0 to 1.</param>
    public ScoredSignal(string signalId, string headline, double similarity)
    {
        SignalId = signalId;
        Headline = headline;
        Similarity = similarity;
    }

    /// <summary>The signal's id.</summary>
    public string SignalId { get; init; }

    /// <summary>The signal's headline, for re-rankers that compare text.</summary>
    public string Headline { get; init; }

    /// <summary>The similarity to the candidate, from 0 to 1.</summary>
    public double Similarity { get; init; }
}
