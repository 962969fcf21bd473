using System.Net.Sockets;
using Npgsql;

namespace Bellwether.PostgreSql.Internal;

/// <summary>Turns Npgsql's errors into the typed store errors, and says which are worth a retry.</summary>
internal static class PostgreSqlErrors
{
    public static bool IsConflict(Exception error) =>
        error is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected };

    public static bool IsUniqueViolation(Exception error, string constraint) =>
        error is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique && unique.ConstraintName == constraint;

    public static SignalStoreException? Translate(Exception error, string location) => error switch
    {
        PostgresException { SqlState: PostgresErrorCodes.DiskFull } => new SignalStoreFullException(location, error),
        PostgresException { SqlState: PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow or PostgresErrorCodes.TooManyConnections } => new SignalStoreUnavailableException(location, error),
        PostgresException { SqlState: PostgresErrorCodes.InsufficientPrivilege } denied => new SignalStoreUnavailableException(location, $"the role lacks a privilege the store needs ({denied.SqlState} {denied.MessageText})", error),
        PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } missing => new SignalStoreUnavailableException(location, $"the database does not exist ({missing.SqlState} {missing.MessageText})", error),
        PostgresException { SqlState: [ '2', '8', _, _, _ ] } refused => new SignalStoreUnavailableException(location, $"the server refused the login ({refused.SqlState} {refused.MessageText})", error),
        PostgresException => null,
        NpgsqlException or SocketException or IOException or TimeoutException => new SignalStoreUnavailableException(location, error),
        _ => null,
    };
}
