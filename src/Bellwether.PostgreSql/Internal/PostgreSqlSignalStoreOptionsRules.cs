using Microsoft.Extensions.Options;
using Npgsql;

namespace Bellwether.PostgreSql.Internal;

/// <summary>Rules of <see cref="PostgreSqlSignalStoreOptions"/> that data annotations cannot state.</summary>
internal sealed class PostgreSqlSignalStoreOptionsRules : IValidateOptions<PostgreSqlSignalStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, PostgreSqlSignalStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.SlowWriteThreshold < TimeSpan.Zero || options.SlowWriteThreshold > TimeSpan.FromHours(1))
        {
            return ValidateOptionsResult.Fail($"{nameof(PostgreSqlSignalStoreOptions.SlowWriteThreshold)} must be between 0 and 1 hour (was {options.SlowWriteThreshold}).");
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString);
            if (string.IsNullOrWhiteSpace(builder.Host))
            {
                return ValidateOptionsResult.Fail($"{nameof(PostgreSqlSignalStoreOptions.ConnectionString)} must name a Host.");
            }

            // The matching turn holds one pooled connection while the match reads and saves on another.
            return builder.Pooling && builder.MaxPoolSize < 2
                ? ValidateOptionsResult.Fail($"{nameof(PostgreSqlSignalStoreOptions.ConnectionString)} must allow at least 2 pooled connections (Maximum Pool Size was {builder.MaxPoolSize}): a worker holds one for its matching turn and writes on another.")
                : ValidateOptionsResult.Success;
        }
        catch (ArgumentException error)
        {
            return ValidateOptionsResult.Fail($"{nameof(PostgreSqlSignalStoreOptions.ConnectionString)} is not a valid Npgsql connection string: {error.Message}");
        }
    }
}
