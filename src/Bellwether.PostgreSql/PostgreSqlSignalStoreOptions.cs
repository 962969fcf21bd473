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

    /// <summary>How often a write is retried after a deadlock or serialization failure before the error surfaces.</summary>
    [Range(0, 100)]
    public int MaxRetries { get; set; } = 5;
}
