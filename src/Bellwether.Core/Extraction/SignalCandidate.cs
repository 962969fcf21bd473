namespace Bellwether.Core;

/// <summary>A pattern proposed by an extractor from one article, before it is matched against stored signals.</summary>
public sealed record SignalCandidate
{
    /// <summary>The pattern stated as a headline.</summary>
    public required string Headline { get; init; }

    /// <summary>How long the pattern is expected to shape events.</summary>
    public SignalHorizon Horizon { get; init; }

    /// <summary>The broad fields the pattern belongs to.</summary>
    public IReadOnlyList<SignalDomain> Domains { get; init; } = [];

    /// <summary>Topics from the taxonomy.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Regions as ISO 3166-1 alpha-2 codes.</summary>
    public IReadOnlyList<string> Regions { get; init; } = [];

    /// <summary>Key actors, most salient first.</summary>
    public IReadOnlyList<string> Actors { get; init; } = [];

    /// <summary>The phrases the pattern turns on, as written: figures, periods, products, coined terms.</summary>
    public IReadOnlyList<string> KeyPhrases { get; init; } = [];

    /// <summary>A first analysis of the pattern from this article alone.</summary>
    public string Analysis { get; init; } = string.Empty;

    /// <summary>What the article contributes: quotes and reasoning.</summary>
    public required ArticleEvidence Evidence { get; init; }
}
