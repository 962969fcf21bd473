using Bellwether.Sqlite;
using Bellwether.Sqlite.Internal;
using Bellwether.Storage.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Bellwether.Storage.Tests;

/// <summary>The contract on a real SQLite file; each handle is a new store over the same file, as another process has.</summary>
public sealed class SqliteSignalStoreTests : VersionedSchemaStoreContract
{
    private readonly TempDatabase _database = new();

    protected override ISignalStore OpenStore() => Own(new SqliteSignalStore(Options.Create(new SqliteSignalStoreOptions { DatabasePath = _database.Path }), TimeProvider.System));

    protected override void UseStore(IBellwetherBuilder builder) => builder.UseSqlite(_database.Path);

    protected override async Task DowngradeToBeforeMatchRecordsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "DROP TABLE match_checkpoint; DROP TABLE match_records; PRAGMA user_version = 3";
        await command.ExecuteNonQueryAsync();
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}
