namespace Bellwether.Core;

/// <summary>One signal in a brief, with why it is there.</summary>
public sealed record BriefItem
{
    /// <summary>Creates a <see cref="BriefItem"/> from its parts.</summary>
    /// <param name="signal">The signal.</param>
    /// <param name="relevance">Strength × interest × novelty; higher comes first.</param>
    /// <param name="reason">Why it is in this brief ("new", "reinforced: +2 articles, str 6 → 8").</param>
    public BriefItem(Signal signal, double relevance, string reason)
    {
        Signal = signal;
        Relevance = relevance;
        Reason = reason;
    }

    /// <summary>The signal.</summary>
    public Signal Signal { get; init; }

    /// <summary>Strength × interest × novelty; higher comes first.</summary>
    public double Relevance { get; init; }

    /// <summary>Why it is in this brief ("new", "reinforced: +2 articles, str 6 → 8").</summary>
    public string Reason { get; init; }

    /// <summary>Whether the signal is new since the last brief or reinforced since then.</summary>
    public BriefNovelty Novelty { get; init; }

    /// <summary>The reader's interests the signal matched ("topic semiconductors"); empty when the reader follows everything.</summary>
    public IReadOnlyList<string> MatchedInterests { get; init => field = value ?? []; } = [];
}
