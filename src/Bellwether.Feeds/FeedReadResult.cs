namespace Bellwether.Feeds;

/// <summary>The outcome of reading one feed.</summary>
public sealed record FeedReadResult
{
    /// <summary>The feed that was read.</summary>
    public required FeedSource Feed { get; init; }

    /// <summary>How the read ended.</summary>
    public required FeedReadStatus Status { get; init; }

    /// <summary>The feed's items not seen before, in feed order; empty unless <see cref="Status"/> is <see cref="FeedReadStatus.Read"/>.</summary>
    public IReadOnlyList<FeedItem> Items { get; init => field = value ?? []; } = [];

    /// <summary>How many items were skipped because the store already holds them.</summary>
    public int SkippedKnown { get; init; }

    /// <summary>Items that could not be turned into articles (no id, link or title), each with the reason.</summary>
    public IReadOnlyList<string> ItemProblems { get; init => field = value ?? []; } = [];

    /// <summary>Why the feed failed, when <see cref="Status"/> is <see cref="FeedReadStatus.Failed"/>; otherwise null.</summary>
    public string? Error { get; init; }
}
