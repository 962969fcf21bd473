using System.Text.Json.Serialization;
using Bellwether.Core.Internal;

namespace Bellwether.Core;

/// <summary>A structural pattern that one or more articles point to, as the store keeps it.</summary>
public sealed record Signal
{
    /// <summary>The most snapshots <see cref="History"/> keeps.</summary>
    public const int MaxHistory = 64;

    private const int DefaultExtractionCount = 1;

    /// <summary>A signal extracted once, with empty lists and the lowest strength; <see cref="Id"/> and <see cref="Headline"/> must be set.</summary>
    public Signal()
    {
    }

    /// <summary>Used by <see cref="BellwetherJsonContext"/>, so that a value missing from the JSON keeps its default (source-generated JSON would pass 0).</summary>
    [JsonConstructor]
    internal Signal(int extractionCount = DefaultExtractionCount)
    {
        ExtractionCount = extractionCount;
    }

    /// <summary>A stable identifier.</summary>
    public required string Id { get; init; }

    /// <summary>The pattern stated as a headline ("Export controls accelerating domestic capital formation: …").</summary>
    public required string Headline { get; init; }

    /// <summary>How long the pattern is expected to shape events.</summary>
    public SignalHorizon Horizon { get; init; }

    /// <summary>The broad fields any of the evidence was placed in, in the order first named; <see cref="KeyDomains"/> keeps those the evidence corroborates.</summary>
    public IReadOnlyList<SignalDomain> Domains { get; init => field = value ?? []; } = [];

    /// <summary>Topics from the taxonomy ("AI", "semiconductors") that any of the evidence named, in the order first named; <see cref="KeyTopics"/> keeps those the evidence corroborates.</summary>
    public IReadOnlyList<string> Topics { get; init => field = value ?? []; } = [];

    /// <summary>Regions as ISO 3166-1 alpha-2 codes ("CN", "US") that any of the evidence named, in the order first named; <see cref="KeyRegions"/> keeps those the evidence corroborates.</summary>
    public IReadOnlyList<string> Regions { get; init => field = value ?? []; } = [];

    /// <summary>Companies, agencies, governments, people and products that any of the evidence named, in the order first named; <see cref="KeyActors"/> keeps those the evidence corroborates.</summary>
    public IReadOnlyList<string> Actors { get; init => field = value ?? []; } = [];

    /// <summary>The analysis synthesised across the evidence.</summary>
    public string Analysis { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>The strength and how it was computed.</summary>
    public StrengthBreakdown Strength { get; init => field = value ?? new(); } = new();

    /// <summary>How many times the pattern was extracted (the seed page's "extracted 2×").</summary>
    public int ExtractionCount { get; init; } = DefaultExtractionCount;

    /// <summary>When the pattern was first extracted: the earliest publication time of its evidence (the extraction time for an article without one).</summary>
    public DateTimeOffset FirstExtractedAt { get; init; }

    /// <summary>When the pattern was last reinforced: the latest publication time of its evidence (the extraction time for an article without one).</summary>
    public DateTimeOffset LastReinforcedAt { get; init; }

    /// <summary>The evidence, one entry per source article, in the order it arrived.</summary>
    public IReadOnlyList<ArticleEvidence> Evidence { get; init => field = value ?? []; } = [];

    /// <summary>The signal's state after each of its most recent writes, oldest first (at most <see cref="MaxHistory"/>).</summary>
    public IReadOnlyList<SignalSnapshot> History { get; init => field = value ?? []; } = [];

    /// <summary>The version the store last wrote, for optimistic concurrency; 0 before the first write.</summary>
    public long Version { get; init; }

    /// <summary>The number of distinct source articles.</summary>
    public int ArticleCount => Evidence.Select(e => e.Article.Id).Distinct(StringComparer.Ordinal).Count();

    /// <summary>
    /// The <see cref="Domains"/> at least a third of the evidence was placed in, most often first; all of
    /// <see cref="Domains"/> when no evidence recorded what it named.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<SignalDomain> KeyDomains => CorroboratedTags.Of(Domains, Evidence, static e => e.Domains);

    /// <summary>
    /// The <see cref="Actors"/> at least a third of the evidence names, most named first (the page's "Key actors"); all
    /// of <see cref="Actors"/> when no evidence recorded what it named.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<string> KeyActors => CorroboratedTags.Of(Actors, Evidence, static e => e.Actors);

    /// <summary>
    /// The <see cref="Topics"/> at least a third of the evidence names, most named first: a topic one article of ten
    /// mentions in passing does not tag the pattern. All of <see cref="Topics"/> when no evidence recorded what it named.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<string> KeyTopics => CorroboratedTags.Of(Topics, Evidence, static e => e.Topics);

    /// <summary>
    /// The <see cref="Regions"/> at least a third of the evidence names, most named first; all of <see cref="Regions"/>
    /// when no evidence recorded what it named.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<string> KeyRegions => CorroboratedTags.Of(Regions, Evidence, static e => e.Regions);
}
