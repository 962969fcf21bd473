namespace Bellwether.Core;

/// <summary>One signal in a brief, with why it is there.</summary>
/// <param name="Signal">The signal.</param>
/// <param name="Relevance">Strength × interest × novelty; higher comes first.</param>
/// <param name="Reason">Why it is in this brief ("new", "reinforced: +2 articles, str 6 → 8").</param>
public sealed record BriefItem(Signal Signal, double Relevance, string Reason)
{
    /// <summary>Whether the signal is new since the last brief or reinforced since then.</summary>
    public BriefNovelty Novelty { get; init; }

    /// <summary>The reader's interests the signal matched ("topic semiconductors"); empty when the reader follows everything.</summary>
    public IReadOnlyList<string> MatchedInterests { get; init => field = value ?? []; } = [];
}
