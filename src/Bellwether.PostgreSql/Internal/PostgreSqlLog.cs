using Microsoft.Extensions.Logging;

namespace Bellwether.PostgreSql.Internal;

/// <summary>Bellwether.PostgreSql's log messages (event ids 211–219).</summary>
internal static partial class PostgreSqlLog
{
    [LoggerMessage(211, LogLevel.Warning, "PostgreSQL {Operation} was rolled back by {SqlState} (deadlock or serialization failure) on attempt {Attempt} of {MaxAttempts}; trying again in {Pause} ({Location}).")]
    public static partial void ConflictRetry(ILogger logger, Exception error, string operation, string sqlState, int attempt, int maxAttempts, TimeSpan pause, string location);

    [LoggerMessage(212, LogLevel.Warning, "PostgreSQL {Operation} took {Elapsed} over {Attempts} attempt(s), over the slow-write threshold of {Threshold} ({Location}).")]
    public static partial void SlowWrite(ILogger logger, string operation, TimeSpan elapsed, TimeSpan threshold, int attempts, string location);

    [LoggerMessage(213, LogLevel.Error, "PostgreSQL {Operation} was rolled back by {SqlState} (deadlock or serialization failure) on each of {Attempts} attempt(s); giving up ({Location}).")]
    public static partial void ConflictGaveUp(ILogger logger, Exception error, string operation, string sqlState, int attempts, string location);
}
