using System.ComponentModel.DataAnnotations;

namespace Bellwether.Sqlite;

/// <summary>Settings of the SQLite signal store; validated when the host starts.</summary>
public sealed class SqliteSignalStoreOptions
{
    /// <summary>The database file; created with its folder when missing. <c>:memory:</c> is refused (use the in-memory store).</summary>
    [Required]
    public string DatabasePath { get; set; } = string.Empty;

    /// <summary>How long a write waits for another connection or process holding the write lock before it throws <see cref="Bellwether.Core.SignalStoreUnavailableException"/> (0 to 10 minutes; 0 fails at once).</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The largest the file may grow, in bytes; null for no limit other than the disk.</summary>
    [Range(65_536L, long.MaxValue)]
    public long? MaxDatabaseSize { get; set; }

    /// <summary>
    /// A write (a save or a merge, from the call to its commit, waiting for the lock included) that takes longer is
    /// logged as slow (default 1 second; 0 to 1 hour; 0 logs none).
    /// </summary>
    public TimeSpan SlowWriteThreshold { get; set; } = TimeSpan.FromSeconds(1);
}
