using Npgsql;

namespace Bellwether.PostgreSql.Internal;

/// <summary>
/// The matching turn of one Bellwether schema, shared by every worker on the database: a session-level advisory lock
/// keyed by the schema's name, held on a connection of its own for the length of the turn. The server queues the
/// waiting workers and releases the lock when its session ends, so a worker that dies mid-turn holds up no one.
/// Within a process the store's semaphore queues the callers first, so one connection at most waits for the lock and
/// the holder always has the rest of the pool to work with.
/// </summary>
internal sealed class PostgreSqlMatchTurn : IAsyncDisposable
{
    private const string Key = "hashtext('bellwether matching turn ' || @schema)";
    private readonly string _schema;
    private readonly SemaphoreSlim _gate;
    private NpgsqlConnection? _connection;

    private PostgreSqlMatchTurn(NpgsqlConnection connection, string schema, SemaphoreSlim gate)
    {
        _connection = connection;
        _schema = schema;
        _gate = gate;
    }

    /// <summary>Waits for <paramref name="gate"/>, then for the lock of <paramref name="schema"/> on a new connection of <paramref name="dataSource"/>.</summary>
    public static async ValueTask<IAsyncDisposable> AcquireAsync(NpgsqlDataSource dataSource, string schema, SemaphoreSlim gate, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        NpgsqlConnection? connection = null;
        try
        {
            connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "pg_advisory_lock", schema, cancellationToken).ConfigureAwait(false);
            return new PostgreSqlMatchTurn(connection, schema, gate);
        }
        catch
        {
            if (connection is not null)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }

            gate.Release();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _connection, null) is not { } connection)
        {
            return;
        }

        try
        {
            await using (connection.ConfigureAwait(false))
            {
                await ExecuteAsync(connection, "pg_advisory_unlock", _schema, CancellationToken.None).ConfigureAwait(false);
            }
        }
        catch (NpgsqlException)
        {
            // The connection broke: its session, and the lock with it, ended on the server.
        }
        finally
        {
            _gate.Release();
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
