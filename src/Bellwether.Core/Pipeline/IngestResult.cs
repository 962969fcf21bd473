namespace Bellwether.Core;

/// <summary>The result of ingesting one article.</summary>
public sealed record IngestResult
{
    /// <summary>The article's identifier.</summary>
    public required string ArticleId { get; init; }

    /// <summary>What happened to the article.</summary>
    public required IngestOutcome Outcome { get; init; }

    /// <summary>The signals the article started.</summary>
    public IReadOnlyList<Signal> Created { get; init => field = value ?? []; } = [];

    /// <summary>The signals the article reinforced, after the change.</summary>
    public IReadOnlyList<Signal> Reinforced { get; init => field = value ?? []; } = [];

    /// <summary>The story the article joined or started, or null when it yielded no candidates or was a duplicate.</summary>
    /// <remarks>Stories that later converge are merged; <see cref="ISignalMatcher.ResolveStory"/> gives the current id.</remarks>
    public string? StoryId { get; init; }

    /// <summary>Why the article was rejected, when <see cref="Outcome"/> is <see cref="IngestOutcome.Rejected"/>; otherwise null.</summary>
    public ArticleIssue? Rejection { get; init; }

    /// <summary>What ingest repaired in the article before using it (a derived title, a cut body, a dropped address…), in field order.</summary>
    public IReadOnlyList<ArticleIssue> Repairs { get; init => field = value ?? []; } = [];
}
