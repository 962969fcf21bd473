using Microsoft.Extensions.Logging;

namespace Bellwether.Sqlite.Internal;

/// <summary>Bellwether.Sqlite's log messages (event ids 201–209).</summary>
internal static partial class SqliteLog
{
    [LoggerMessage(201, LogLevel.Information, "SQLite {Operation} waited {Waited} for the write lock held by another connection or process ({Path}).")]
    public static partial void LockWaited(ILogger logger, string operation, TimeSpan waited, string path);

    [LoggerMessage(202, LogLevel.Warning, "SQLite {Operation} took {Elapsed}, over the slow-write threshold of {Threshold} ({Path}).")]
    public static partial void SlowWrite(ILogger logger, string operation, TimeSpan elapsed, TimeSpan threshold, string path);
}
