using System.ComponentModel.DataAnnotations;

namespace Bellwether.PostgreSql;

/// <summary>Settings of the PostgreSQL signal store; validated when the host starts.</summary>
public sealed class PostgreSqlSignalStoreOptions
{
    /// <summary>An Npgsql connection string ("Host=…;Username=…;Password=…;Database=…").</summary>
    [Required]
    public string ConnectionString { get; set; } = string.Empty;

    /// <summary>The schema the store's tables live in; created when missing. Lower-case letters, digits and '_'.</summary>
    [Required]
    [RegularExpression("^[a-z_][a-z0-9_]{0,62}$")]
    public string Schema { get; set; } = "bellwether";

    /// <summary>
    /// How often a write is retried after a deadlock or serialization failure before the error surfaces (0–100,
    /// default 5); each retry is logged and follows a short jittered pause (a Polly retry), so that the writers that collided do not
    /// collide again.
    /// </summary>
    [Range(0, 100)]
    public int MaxRetries { get; set; } = 5;

    /// <summary>
    /// A write (a save or a merge, from the call to its commit, retries included) that takes longer is logged as slow
    /// (default 1 second; 0 to 1 hour; 0 logs none).
    /// </summary>
    public TimeSpan SlowWriteThreshold { get; set; } = TimeSpan.FromSeconds(1);
}
