using System.ComponentModel.DataAnnotations;

namespace Bellwether.Core;

/// <summary>Settings of the Bellwether pipeline; validated when the host starts.</summary>
public sealed class BellwetherOptions
{
    /// <summary>The longest article body accepted, in characters (default 2,000,000).</summary>
    [Range(1, 64_000_000)]
    public int MaxArticleTextLength { get; set; } = 2_000_000;

    /// <summary>
    /// How far ahead of the clock an article's publication time may be (clock skew, a wrong time zone); an article
    /// dated later is refused, since it would keep its signal at full recency until that date (default 1 day; up to 7 days).
    /// </summary>
    public TimeSpan MaxPublishedAhead { get; set; } = TimeSpan.FromDays(1);

    /// <summary>After this long without reinforcement, the recency part of a signal's strength halves (default 7 days; from one minute to ten years).</summary>
    public TimeSpan StrengthHalfLife { get; set; } = TimeSpan.FromDays(7);

    /// <summary>The highest strength a signal backed by a single independent source can reach (default 5).</summary>
    [Range(StrengthBreakdown.Min, StrengthBreakdown.Max)]
    public int SingleSourceCeiling { get; set; } = 5;

    /// <summary>
    /// How many match records pass between two checkpoints of the matcher's index (default 10,000; 0 turns checkpoints
    /// off). A fresh process loads the latest checkpoint and replays only the records after it, so start-up reads at
    /// most about this many records; each checkpoint costs a write the size of the live index.
    /// </summary>
    [Range(0, int.MaxValue)]
    public int CheckpointInterval { get; set; } = 10_000;
}
