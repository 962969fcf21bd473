using Npgsql;

namespace Bellwether.Storage.Tests.TestSupport;

/// <summary>The PostgreSQL server the tests use: <c>BELLWETHER_POSTGRES</c> (set by <c>.ci/run</c>), one fresh schema per test.</summary>
internal sealed class PostgresServer : IDisposable
{
    public const string Variable = "BELLWETHER_POSTGRES";

    public PostgresServer()
    {
        var connectionString = Environment.GetEnvironmentVariable(Variable);
        Skip.If(string.IsNullOrWhiteSpace(connectionString), $"No PostgreSQL server: set {Variable} to an Npgsql connection string (.ci/run starts a throw-away cluster and sets it).");
        ConnectionString = connectionString!;
        Schema = "test_" + Guid.NewGuid().ToString("N")[..16];
    }

    public string ConnectionString { get; }

    public string Schema { get; }

    /// <summary>Runs <paramref name="sql"/> on the server (outside the store), in this test's schema.</summary>
    public async Task<object?> ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = Schema, Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    public void Dispose() => ExecuteAsync($"DROP SCHEMA IF EXISTS {Schema} CASCADE").GetAwaiter().GetResult();
}
