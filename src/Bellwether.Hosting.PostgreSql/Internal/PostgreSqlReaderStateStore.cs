using Bellwether.Core;
using Npgsql;
using NpgsqlTypes;

namespace Bellwether.Hosting.PostgreSql.Internal;

/// <summary>Reader state in one PostgreSQL table; every change is one statement on the reader's row.</summary>
internal sealed class PostgreSqlReaderStateStore(string connectionString, string schema) : IReaderStateStore, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource = NpgsqlDataSource.Create(connectionString);
    private readonly SemaphoreSlim _created = new(1, 1);
    private bool _ready;

    public ValueTask<ReaderState?> GetAsync(string readerName, CancellationToken cancellationToken = default) =>
        RunAsync(
            $"SELECT last_brief_at, last_scheduled_at FROM {schema}.reader_state WHERE reader = $1",
            [Text(readerName)],
            async command =>
            {
                var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                await using (reader.ConfigureAwait(false))
                {
                    return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
                        ? new ReaderState(
                            reader.IsDBNull(0) ? null : reader.GetFieldValue<DateTimeOffset>(0),
                            reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1))
                        : null;
                }
            },
            cancellationToken);

    public async ValueTask SetAsync(string readerName, ReaderState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        await RunAsync(
            $"""
            INSERT INTO {schema}.reader_state (reader, last_brief_at, last_scheduled_at) VALUES ($1, $2, $3)
            ON CONFLICT (reader) DO UPDATE SET last_brief_at = excluded.last_brief_at, last_scheduled_at = excluded.last_scheduled_at,
                claim_scheduled_at = NULL, claim_owner = NULL, claim_until = NULL
            """,
            [Text(readerName), Time(state.LastBriefAt), Time(state.LastScheduledAt)],
            command => command.ExecuteNonQueryAsync(cancellationToken),
            cancellationToken).ConfigureAwait(false);
    }

    public ValueTask<bool> TryClaimAsync(string readerName, DateTimeOffset scheduledAt, string owner, DateTimeOffset now, DateTimeOffset until, CancellationToken cancellationToken = default) =>
        RunAsync(
            $"""
            INSERT INTO {schema}.reader_state AS s (reader, claim_scheduled_at, claim_owner, claim_until) VALUES ($1, $2, $3, $4)
            ON CONFLICT (reader) DO UPDATE SET claim_scheduled_at = excluded.claim_scheduled_at, claim_owner = excluded.claim_owner, claim_until = excluded.claim_until
            WHERE (s.last_scheduled_at IS NULL OR s.last_scheduled_at < excluded.claim_scheduled_at)
              AND (s.claim_owner IS NULL OR s.claim_owner = excluded.claim_owner OR s.claim_until <= $5 OR s.claim_scheduled_at < excluded.claim_scheduled_at)
            RETURNING 1
            """,
            [Text(readerName), Time(scheduledAt), Text(owner), Time(until), Time(now)],
            async command => await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null,
            cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync().ConfigureAwait(false);
        _created.Dispose();
    }

    private static NpgsqlParameter Text(string value) => new() { NpgsqlDbType = NpgsqlDbType.Text, Value = value };

    private static NpgsqlParameter Time(DateTimeOffset? value) =>
        new() { NpgsqlDbType = NpgsqlDbType.TimestampTz, Value = value is { } v ? v.ToUniversalTime() : DBNull.Value };

    /// <summary>Runs one statement on a pooled connection, after creating the table once; a database fault becomes <see cref="SignalStoreUnavailableException"/>.</summary>
    private async ValueTask<T> RunAsync<T>(string sql, NpgsqlParameter[] parameters, Func<NpgsqlCommand, Task<T>> run, CancellationToken cancellationToken)
    {
        try
        {
            await EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
            var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var command = new NpgsqlCommand(sql, connection);
                await using (command.ConfigureAwait(false))
                {
                    command.Parameters.AddRange(parameters);
                    return await run(command).ConfigureAwait(false);
                }
            }
        }
        catch (NpgsqlException e)
        {
            throw new SignalStoreUnavailableException($"PostgreSQL ({schema}.reader_state)", e.Message, e);
        }
    }

    private async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _ready))
        {
            return;
        }

        await _created.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_ready)
            {
                return;
            }

            var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await using (transaction.ConfigureAwait(false))
                {
                    // Two instances starting together must not race to create the same table.
                    var command = new NpgsqlCommand(
                        $"""
                        SELECT pg_advisory_xact_lock(hashtext('bellwether.reader_state.{schema}'));
                        CREATE SCHEMA IF NOT EXISTS {schema};
                        CREATE TABLE IF NOT EXISTS {schema}.reader_state (
                            reader text PRIMARY KEY,
                            last_brief_at timestamptz,
                            last_scheduled_at timestamptz,
                            claim_scheduled_at timestamptz,
                            claim_owner text,
                            claim_until timestamptz);
                        """,
                        connection,
                        transaction);
                    await using (command.ConfigureAwait(false))
                    {
                        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }

                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
            }

            Volatile.Write(ref _ready, true);
        }
        finally
        {
            _created.Release();
        }
    }
}
