using Microsoft.Extensions.Logging;

namespace Bellwether.AI.Internal;

/// <summary>Bellwether.AI's log messages.</summary>
internal static partial class AILog
{
    [LoggerMessage(101, LogLevel.Debug, "Model {Operation} for article {ArticleId}: {InputTokens} input and {OutputTokens} output token(s).")]
    public static partial void Usage(ILogger logger, string operation, string articleId, long? inputTokens, long? outputTokens);

    [LoggerMessage(102, LogLevel.Warning, "Model {Operation} for article {ArticleId} failed on attempt {Attempt} of {MaxAttempts}; trying again in {Delay}.")]
    public static partial void Retrying(ILogger logger, Exception exception, string operation, string articleId, int attempt, int maxAttempts, TimeSpan delay);

    [LoggerMessage(103, LogLevel.Information, "Article {ArticleId}: validation dropped {Quotes} quote(s) not in the article, {Regions} region(s), {Topics} topic(s), {Domains} domain(s), {Signals} signal(s) and {Texts} text(s) with control characters.")]
    public static partial void Dropped(ILogger logger, string articleId, int quotes, int regions, int topics, int domains, int signals, int texts);

    [LoggerMessage(104, LogLevel.Information, "Article {ArticleId} is {Length} characters long; cut after {Parts} part(s) of at most {MaxTokens} token(s), leaving {Left} character(s) unread.")]
    public static partial void ArticleCut(ILogger logger, string articleId, int length, int parts, int maxTokens, int left);

    [LoggerMessage(105, LogLevel.Debug, "Article {ArticleId} is {Length} characters long; sent in {Parts} parts of at most {MaxTokens} token(s).")]
    public static partial void ArticleSplit(ILogger logger, string articleId, int length, int parts, int maxTokens);
}
