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

    [LoggerMessage(13, LogLevel.Information, "Loaded the matcher checkpoint at sequence {Sequence} ({Bytes} bytes); only what came after it is replayed.")]
    public static partial void CheckpointLoaded(ILogger logger, long sequence, int bytes);

    [LoggerMessage(14, LogLevel.Warning, "The matcher checkpoint at sequence {Sequence} was not used ({Reason}); every match record is replayed instead.")]
    public static partial void CheckpointNotUsed(ILogger logger, long sequence, string reason);

    [LoggerMessage(15, LogLevel.Debug, "Saved a matcher checkpoint at sequence {Sequence} ({Bytes} bytes).")]
    public static partial void CheckpointSaved(ILogger logger, long sequence, int bytes);

    [LoggerMessage(16, LogLevel.Warning, "The matcher checkpoint at sequence {Sequence} could not be saved; the next one is taken an interval later.")]
    public static partial void CheckpointNotSaved(ILogger logger, Exception error, long sequence);

    [LoggerMessage(9, LogLevel.Debug, "Story merge pass: {Examined} changed story(ies) examined, {Merged} merged into a neighbour.")]
    public static partial void StoriesMerged(ILogger logger, int examined, int merged);

    [LoggerMessage(12, LogLevel.Debug, "Eviction: {Stories} story(ies) and {Signals} signal(s) can no longer be joined and left the index; {LiveStories} and {LiveSignals} remain.")]
    public static partial void ClustersEvicted(ILogger logger, int stories, int signals, int liveStories, int liveSignals);

    [LoggerMessage(10, LogLevel.Information, "Signal {AbsorbedId} converged with {SurvivorId} and was merged into it ({Articles} article(s)).")]
    public static partial void SignalsCompacted(ILogger logger, string absorbedId, string survivorId, int articles);

    [LoggerMessage(11, LogLevel.Debug, "Compaction of {AbsorbedId} into {SurvivorId} skipped: another writer merged or removed one of them first.")]
    public static partial void CompactionSkipped(ILogger logger, string absorbedId, string survivorId);

    [LoggerMessage(17, LogLevel.Debug, "Compaction of {AbsorbedId} into {SurvivorId} skipped: both hold article {ArticleId}, so they are two things one article says.")]
    public static partial void CompactionVetoed(ILogger logger, string absorbedId, string survivorId, string articleId);

    [LoggerMessage(5, LogLevel.Warning, "Signal {SignalId} vanished while article {ArticleId} reinforced it; retrying the match.")]
    public static partial void ReinforcementTargetVanished(ILogger logger, string signalId, string articleId);

    [LoggerMessage(6, LogLevel.Warning, "Article {ArticleId} rejected: {Field} {Reason}.")]
    public static partial void ArticleRejected(ILogger logger, string articleId, string field, string reason);

    [LoggerMessage(7, LogLevel.Warning, "Article {ArticleId} repaired: {Field} {Reason}.")]
    public static partial void ArticleRepaired(ILogger logger, string articleId, string field, string reason);
}
