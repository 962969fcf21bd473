using Bellwether.Core;
using Bellwether.Core.Internal;
using Bellwether.PostgreSql;
using Bellwether.PostgreSql.Internal;
using Bellwether.Sqlite;
using Bellwether.Sqlite.Internal;
using Microsoft.Extensions.Options;

namespace Bellwether.Storage.Benchmarks;

/// <summary>Fresh stores for the benchmarks: a new SQLite file in a temporary folder, a new PostgreSQL schema, or memory.</summary>
internal static class BenchmarkStore
{
    /// <summary>The kinds to run: PostgreSQL only when <c>BELLWETHER_POSTGRES</c> names a server.</summary>
    public static IEnumerable<string> Kinds() =>
        Environment.GetEnvironmentVariable("BELLWETHER_POSTGRES") is { Length: > 0 } ? ["in-memory", "sqlite", "postgresql"] : ["in-memory", "sqlite"];

    /// <summary>A new, empty store of <paramref name="kind"/>.</summary>
    public static ISignalStore Open(string kind) => kind switch
    {
        "sqlite" => new SqliteSignalStore(
            Options.Create(new SqliteSignalStoreOptions { DatabasePath = Path.Combine(Directory.CreateTempSubdirectory("bellwether-bench-").FullName, "bench.db") }),
            TimeProvider.System),
        "postgresql" => new PostgreSqlSignalStore(Options.Create(new PostgreSqlSignalStoreOptions
        {
            ConnectionString = Environment.GetEnvironmentVariable("BELLWETHER_POSTGRES")!,
            Schema = "bench_" + Guid.NewGuid().ToString("N")[..12],
        })),
        _ => new InMemorySignalStore(),
    };

    /// <summary>Disposes <paramref name="store"/> and deletes a SQLite store's folder.</summary>
    public static void Close(ISignalStore store)
    {
        (store as IDisposable)?.Dispose();
        if (store is SqliteSignalStore sqlite)
        {
            Directory.Delete(Path.GetDirectoryName(sqlite.DatabasePath)!, recursive: true);
        }
    }
}
