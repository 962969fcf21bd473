namespace Bellwether.Feeds;

/// <summary>Reads feeds into articles; a failing feed or page is reported in its result and never throws.</summary>
/// <remarks>Thread-safe. Remembers each feed's <c>ETag</c> and <c>Last-Modified</c> for conditional requests.</remarks>
public interface IFeedReader
{
    /// <summary>Reads one feed, fetching the linked pages' full text where an item carries only a summary.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<FeedReadResult> ReadAsync(FeedSource feed, CancellationToken cancellationToken = default);

    /// <summary>Reads several feeds at once (up to <see cref="FeedOptions.MaxConcurrentFeeds"/>), one result per feed in input order.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    ValueTask<IReadOnlyList<FeedReadResult>> ReadAllAsync(IEnumerable<FeedSource> feeds, CancellationToken cancellationToken = default);
}
