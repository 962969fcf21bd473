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

    /// <summary>True when the article is a near-duplicate or syndicated copy of earlier evidence: it reinforces the signal but is not an independent source.</summary>
    public bool IsNearDuplicate { get; init; }
}
