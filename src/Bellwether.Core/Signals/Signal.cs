namespace Bellwether.Core;

/// <summary>A structural pattern that one or more articles point to, as the store keeps it.</summary>
public sealed record Signal
{
    /// <summary>The most snapshots <see cref="History"/> keeps.</summary>
    public const int MaxHistory = 64;

    /// <summary>A stable identifier.</summary>
    public required string Id { get; init; }

    /// <summary>The pattern stated as a headline ("Export controls accelerating domestic capital formation: …").</summary>
    public required string Headline { get; init; }

    /// <summary>How long the pattern is expected to shape events.</summary>
    public SignalHorizon Horizon { get; init; }

    /// <summary>The broad fields the signal belongs to.</summary>
    public IReadOnlyList<SignalDomain> Domains { get; init; } = [];

    /// <summary>Topics from the taxonomy ("AI", "semiconductors").</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Regions as ISO 3166-1 alpha-2 codes ("CN", "US").</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>Companies, agencies, governments, people and products, strongest first.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>The analysis synthesised across the evidence.</summary>
    public string Analysis { get; init; } = string.Empty;

    /// <summary>The strength and how it was computed.</summary>
    public StrengthBreakdown Strength { get; init; } = new();

    /// <summary>How many times the pattern was extracted (the seed page's "extracted 2×").</summary>
    public int ExtractionCount { get; init; } = 1;

    /// <summary>When the pattern was first extracted: the earliest publication time of its evidence (the extraction time for an article without one).</summary>
    public DateTimeOffset FirstExtractedAt { get; init; }

    /// <summary>When the pattern was last reinforced: the latest publication time of its evidence (the extraction time for an article without one).</summary>
    public DateTimeOffset LastReinforcedAt { get; init; }

    /// <summary>The evidence, one entry per source article, in the order it arrived.</summary>
    public IReadOnlyList<ArticleEvidence> Evidence { get; init; } = [];

    /// <summary>The signal's state after each of its most recent writes, oldest first (at most <see cref="MaxHistory"/>).</summary>
    public IReadOnlyList<SignalSnapshot> History { get; init; } = [];

    /// <summary>The version the store last wrote, for optimistic concurrency; 0 before the first write.</summary>
    public long Version { get; init; }

    /// <summary>The number of distinct source articles.</summary>
    public int ArticleCount => Evidence.Select(e => e.Article.Id).Distinct(StringComparer.Ordinal).Count();
}
