using Microsoft.Data.Sqlite;

namespace Bellwether.Sqlite.Internal;

/// <summary>Turns SQLite's result codes into the typed store errors.</summary>
internal static class SqliteErrors
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CannotOpen = 14;
    private const int NotADatabase = 26;

    public static SignalStoreException? Translate(SqliteException error, string path) => (error.SqliteErrorCode & 0xFF) switch
    {
        Full => new SignalStoreFullException(path, error),
        Corrupt => new SignalStoreCorruptException(path, "the file is corrupt (SQLITE_CORRUPT).", error),
        NotADatabase => new SignalStoreCorruptException(path, "the file is not a SQLite database.", error),
        Busy or Locked or IoError or CannotOpen => new SignalStoreUnavailableException(path, error),
        _ => null,
    };
}
