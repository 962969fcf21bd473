using Microsoft.Extensions.Logging;

namespace Bellwether.Core.Internal;

/// <summary>Bellwether's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Debug, "Article {ArticleId} was ingested before; skipped.")]
    public static partial void DuplicateArticle(ILogger logger, string articleId);

    [LoggerMessage(2, LogLevel.Information, "Article {ArticleId}: {Created} signal(s) created, {Reinforced} reinforced.")]
    public static partial void ArticleIngested(ILogger logger, string articleId, int created, int reinforced);

    [LoggerMessage(3, LogLevel.Debug, "Article {ArticleId} yielded no candidate signals.")]
    public static partial void NoCandidates(ILogger logger, string articleId);

    [LoggerMessage(4, LogLevel.Information, "Signal index warmed with {Count} stored signal(s).")]
    public static partial void IndexWarmed(ILogger logger, int count);

    [LoggerMessage(8, LogLevel.Debug, "Replayed {Count} match record(s) from the store.")]
    public static partial void MatchRecordsReplayed(ILogger logger, int count);

    [LoggerMessage(5, LogLevel.Warning, "Signal {SignalId} vanished while article {ArticleId} reinforced it; retrying the match.")]
    public static partial void ReinforcementTargetVanished(ILogger logger, string signalId, string articleId);

    [LoggerMessage(6, LogLevel.Warning, "Article {ArticleId} rejected: {Field} {Reason}.")]
    public static partial void ArticleRejected(ILogger logger, string articleId, string field, string reason);

    [LoggerMessage(7, LogLevel.Warning, "Article {ArticleId} repaired: {Field} {Reason}.")]
    public static partial void ArticleRepaired(ILogger logger, string articleId, string field, string reason);
}
