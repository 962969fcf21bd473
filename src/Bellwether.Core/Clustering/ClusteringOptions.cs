using System.ComponentModel.DataAnnotations;

namespace Bellwether.Core;

/// <summary>How the default matcher groups articles into stories and stories into signals; validated when the host starts.</summary>
public sealed class ClusteringOptions
{
    /// <summary>The time-decayed similarity (0–1) an article needs to join an existing story (default 0.2).</summary>
    [Range(0.01, 1.0)]
    public double StoryMatchThreshold { get; set; } = 0.2;

    /// <summary>The similarity (0–1) a candidate of a new story needs to reinforce an existing signal (default 0.12); signals decay more slowly than stories, so a later story can still join.</summary>
    [Range(0.01, 1.0)]
    public double SignalMatchThreshold { get; set; } = 0.12;

    /// <summary>After this long without a new article, the similarity needed to join a story doubles (default 14 days).</summary>
    public TimeSpan StoryHalfLife { get; set; } = TimeSpan.FromDays(14);

    /// <summary>
    /// After this long without reinforcement, the similarity needed to reinforce a structural, cyclical or emerging
    /// signal doubles (default 365 days: a lasting pattern stays joinable for months).
    /// </summary>
    public TimeSpan SignalHalfLife { get; set; } = TimeSpan.FromDays(365);

    /// <summary>
    /// After this long without reinforcement, the similarity needed to reinforce an event-driven signal doubles
    /// (default 365 days, as long as <see cref="SignalHalfLife"/>: on DUC 2006's dates every shorter value tried lost F1, see docs/clustering.md); a stream of breaking news may set days.
    /// </summary>
    public TimeSpan EventSignalHalfLife { get; set; } = TimeSpan.FromDays(365);

    /// <summary>The half-life of a signal of <paramref name="horizon"/>: <see cref="EventSignalHalfLife"/> for an event, else <see cref="SignalHalfLife"/>.</summary>
    /// <param name="horizon">The signal's horizon.</param>
    public TimeSpan SignalHalfLifeOf(SignalHorizon horizon) => horizon == SignalHorizon.EventDriven ? EventSignalHalfLife : SignalHalfLife;

    /// <summary>The most terms a centroid keeps, strongest first (default 40), which bounds memory per story and signal.</summary>
    [Range(4, 1024)]
    public int CentroidTerms { get; set; } = 40;

    /// <summary>How many recent members' copy sketches a story keeps for near-duplicate checks (default 4).</summary>
    [Range(1, 64)]
    public int RecentMembers { get; set; } = 4;

    /// <summary>Terms found in more than this share of documents are not used to retrieve candidates (default 0.05).</summary>
    [Range(0.0001, 1.0)]
    public double CommonTermShare { get; set; } = 0.05;

    /// <summary>
    /// How many of the newest clusters holding a term a search reads (default 512), which bounds the cost of a match. A
    /// term's posting list keeps up to a third more, then drops its oldest quarter, which bounds its memory too.
    /// </summary>
    [Range(16, 1_000_000)]
    public int MaxPostings { get; set; } = 512;

    /// <summary>The word-shingle overlap (Jaccard, 0–1) above which an article counts as a copy of an earlier one (default 0.85).</summary>
    [Range(0.5, 1.0)]
    public double NearDuplicateThreshold { get; set; } = 0.85;

    /// <summary>
    /// The centroid similarity (0–1), faded by the time between the two signals' spans, at which two signals have
    /// converged and are merged by compaction (default 0.4). Two signals that hold one article are never merged.
    /// </summary>
    [Range(0.01, 1.0)]
    public double CompactionThreshold { get; set; } = 0.4;

    /// <summary>The centroid similarity (0–1) at which two stories are merged by the periodic story merge (default 0.17).</summary>
    [Range(0.01, 1.0)]
    public double StoryMergeThreshold { get; set; } = 0.17;

    /// <summary>
    /// With an embedding generator registered, the closeness of meaning (cosine of the article's embedding with its
    /// story's mean, after time decay) at which an article joins a story whose words reach only half of
    /// <see cref="StoryMatchThreshold"/> (default 0.6); 1 turns embeddings off.
    /// </summary>
    [Range(0.0, 1.0)]
    public double StoryMeaningThreshold { get; set; } = 0.6;

    /// <summary>How many articles pass between two story merges, which re-examine the stories that changed since (default 200).</summary>
    [Range(1, 1_000_000)]
    public int StoryMergeInterval { get; set; } = 200;

    /// <summary>
    /// Whether stories and signals that can no longer be joined leave the in-memory index (default true), which keeps
    /// memory bounded on a long stream. After each story merge, a story or signal is evicted when even a perfect match
    /// (similarity 1) decayed over the gap from its last article to the newest publication time the stream has seen is
    /// below the lowest bar it could be joined at; a later article about it starts a new one (see docs/durability.md).
    /// </summary>
    public bool EvictStaleClusters { get; set; } = true;
}
