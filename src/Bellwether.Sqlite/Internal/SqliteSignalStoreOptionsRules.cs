using Microsoft.Extensions.Options;

namespace Bellwether.Sqlite.Internal;

/// <summary>Rules of <see cref="SqliteSignalStoreOptions"/> that data annotations cannot state.</summary>
internal sealed class SqliteSignalStoreOptionsRules : IValidateOptions<SqliteSignalStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, SqliteSignalStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var path = options.DatabasePath.Trim();
        if (path.Length == 0)
        {
            return ValidateOptionsResult.Fail($"{nameof(SqliteSignalStoreOptions.DatabasePath)} must name a file.");
        }

        if (path.Equals(":memory:", StringComparison.OrdinalIgnoreCase) || path.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            return ValidateOptionsResult.Fail($"{nameof(SqliteSignalStoreOptions.DatabasePath)} must be a file path (was '{path}'); use the in-memory store for a database that is not kept.");
        }

        if (options.BusyTimeout < TimeSpan.Zero || options.BusyTimeout > TimeSpan.FromMinutes(10))
        {
            return ValidateOptionsResult.Fail($"{nameof(SqliteSignalStoreOptions.BusyTimeout)} must be between 0 and 10 minutes (was {options.BusyTimeout}).");
        }

        if (options.SlowWriteThreshold < TimeSpan.Zero || options.SlowWriteThreshold > TimeSpan.FromHours(1))
        {
            return ValidateOptionsResult.Fail($"{nameof(SqliteSignalStoreOptions.SlowWriteThreshold)} must be between 0 and 1 hour (was {options.SlowWriteThreshold}).");
        }

        return Directory.Exists(path)
            ? ValidateOptionsResult.Fail($"{nameof(SqliteSignalStoreOptions.DatabasePath)} '{path}' is a folder, not a file.")
            : ValidateOptionsResult.Success;
    }
}
