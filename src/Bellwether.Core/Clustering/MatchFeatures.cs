namespace Bellwether.Core;

/// <summary>What the default matcher measured of an article and one story or signal it retrieved, for <see cref="IMatchSimilarity"/>.</summary>
public readonly record struct MatchFeatures
{
    /// <summary>Whether the candidate is a story or a signal.</summary>
    public MatchLevel Level { get; init; }

    /// <summary>
    /// The cosine of the article's and the candidate's TF-IDF vectors (headline and body words, stem pairs), faded by
    /// the level's half-life over <see cref="TimeApart"/>: the score the default matcher uses, from 0 to 1.
    /// </summary>
    public double WordSimilarity { get; init; }

    /// <summary>How far the article's publication time lies outside the span of the candidate's articles: after its newest, before its oldest, or zero between them.</summary>
    public TimeSpan TimeApart { get; init; }

    /// <summary>How many articles the candidate holds.</summary>
    public int CandidateSize { get; init; }

    /// <summary>True when the article has a body; false for a bare headline.</summary>
    public bool ArticleHasBody { get; init; }
}
