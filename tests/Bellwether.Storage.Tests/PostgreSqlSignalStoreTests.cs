using Bellwether.PostgreSql;
using Bellwether.PostgreSql.Internal;
using Bellwether.Storage.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace Bellwether.Storage.Tests;

/// <summary>The contract on a real PostgreSQL server (skipped, with the reason, only when none is configured).</summary>
public sealed class PostgreSqlSignalStoreTests : VersionedSchemaStoreContract
{
    private readonly PostgresServer _server = new();

    protected override ISignalStore OpenStore() => Own(new PostgreSqlSignalStore(Options.Create(StoreOptions())));

    protected override void UseStore(IBellwetherBuilder builder) => builder.UsePostgreSql(o =>
    {
        o.ConnectionString = _server.ConnectionString;
        o.Schema = _server.Schema;
    });

    protected override async Task DowngradeToBeforeMatchRecordsAsync()
    {
        await _server.ExecuteAsync("DROP TABLE match_checkpoint; DROP TABLE match_records; DELETE FROM schema_version WHERE version > 2; INSERT INTO schema_version SELECT 2 WHERE NOT EXISTS (SELECT 1 FROM schema_version)");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _server.Dispose();
        }
    }

    private PostgreSqlSignalStoreOptions StoreOptions() => new() { ConnectionString = _server.ConnectionString, Schema = _server.Schema };
}
