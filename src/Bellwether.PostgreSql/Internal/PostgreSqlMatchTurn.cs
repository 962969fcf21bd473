using Npgsql;

namespace Bellwether.PostgreSql.Internal;

/// <summary>
/// The matching turn of one Bellwether schema, shared by every worker on the database: a session-level advisory lock
/// keyed by the schema's name, held on a connection of its own for the length of the turn. The server queues the
/// waiting workers and releases the lock when its session ends, so a worker that dies mid-turn holds up no one.
/// </summary>
internal sealed class PostgreSqlMatchTurn : IAsyncDisposable
{
    private const string Key = "hashtext('bellwether matching turn ' || @schema)";
    private readonly string _schema;
    private NpgsqlConnection? _connection;

    private PostgreSqlMatchTurn(NpgsqlConnection connection, string schema)
    {
        _connection = connection;
        _schema = schema;
    }

    /// <summary>Waits for the lock of <paramref name="schema"/> on a new connection of <paramref name="dataSource"/>.</summary>
    public static async ValueTask<IAsyncDisposable> AcquireAsync(NpgsqlDataSource dataSource, string schema, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await ExecuteAsync(connection, "pg_advisory_lock", schema, cancellationToken).ConfigureAwait(false);
            return new PostgreSqlMatchTurn(connection, schema);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _connection, null) is not { } connection)
        {
            return;
        }

        await using (connection.ConfigureAwait(false))
        {
            try
            {
                await ExecuteAsync(connection, "pg_advisory_unlock", _schema, CancellationToken.None).ConfigureAwait(false);
            }
            catch (NpgsqlException)
            {
                // The connection broke: its session, and the lock with it, ended on the server.
            }
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string function, string schema, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand($"SELECT {function}({Key})", connection);
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.AddWithValue("schema", schema);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
