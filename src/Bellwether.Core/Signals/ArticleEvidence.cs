namespace Bellwether.Core;

/// <summary>What one article contributes to a signal: quotes and the reasoning drawn from them.</summary>
public sealed record ArticleEvidence
{
    /// <summary>The article the evidence comes from.</summary>
    public required ArticleReference Article { get; init; }

    /// <summary>The salient sentences, each with its key phrase.</summary>
    public IReadOnlyList<Quote> Quotes { get; init => field = value ?? []; } = [];

    /// <summary>Why this article supports the pattern ("Reasoning from this article").</summary>
    public string Reasoning { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>When the evidence was extracted.</summary>
    public DateTimeOffset ExtractedAt { get; init; }

    /// <summary>The story (tight cluster of articles about one event) this article belongs to, once clustered.</summary>
    public string? StoryId { get; init; }

    /// <summary>The broad fields this article was placed in when it was extracted (empty for evidence stored before evidence kept them).</summary>
    public IReadOnlyList<SignalDomain> Domains { get; init => field = value ?? []; } = [];

    /// <summary>The actors this article named when it was extracted (empty for evidence stored before evidence kept them).</summary>
    public IReadOnlyList<string> Actors { get; init => field = value ?? []; } = [];

    /// <summary>The topics this article was tagged with when it was extracted.</summary>
    public IReadOnlyList<string> Topics { get; init => field = value ?? []; } = [];

    /// <summary>The region codes this article was tagged with when it was extracted.</summary>
    public IReadOnlyList<string> Regions { get; init => field = value ?? []; } = [];

    /// <summary>True when the article is a near-duplicate or syndicated copy of earlier evidence: it reinforces the signal but is not an independent source.</summary>
    public bool IsNearDuplicate { get; init; }
}
