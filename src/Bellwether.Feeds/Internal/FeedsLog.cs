using Microsoft.Extensions.Logging;

namespace Bellwether.Feeds.Internal;

/// <summary>Bellwether.Feeds' log messages.</summary>
internal static partial class FeedsLog
{
    [LoggerMessage(301, LogLevel.Information, "Feed {Feed}: {Items} new item(s), {Known} already known, {FullText} with full text, {Summaries} kept as summary.")]
    public static partial void FeedRead(ILogger logger, Uri feed, int items, int known, int fullText, int summaries);

    [LoggerMessage(302, LogLevel.Information, "Feed {Feed}: not modified.")]
    public static partial void NotModified(ILogger logger, Uri feed);

    [LoggerMessage(303, LogLevel.Warning, "Feed {Feed} failed; it is tried again on the next read: {Error}")]
    public static partial void FeedFailed(ILogger logger, Uri feed, string error);

    [LoggerMessage(304, LogLevel.Information, "Article {ArticleId}: kept the feed summary: {Problem}")]
    public static partial void SummaryKept(ILogger logger, string articleId, string problem);

    [LoggerMessage(305, LogLevel.Debug, "Feed {Feed}: item skipped: {Problem}")]
    public static partial void ItemSkipped(ILogger logger, Uri feed, string problem);
}
