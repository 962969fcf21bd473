using Bellwether.PostgreSql;
using Bellwether.PostgreSql.Internal;
using Bellwether.Storage.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Bellwether.Testing.Internal.TestSignals;

namespace Bellwether.Storage.Tests;

/// <summary>Faults on a real PostgreSQL server: each gives a typed error naming the problem, and nothing stored is lost.</summary>
public sealed class PostgreSqlFaultTests : IDisposable
{
    private readonly PostgresServer _server = new();
    private readonly List<PostgreSqlSignalStore> _stores = [];
    private readonly List<string> _roles = [];

    [SkippableFact]
    public async Task MergeAsync_ConnectionTerminatedMidMerge_ThrowsUnavailableRollsBackAndCanBeRetried()
    {
        var store = Store();
        await store.SaveAsync(Creating("a-1", Signal("s-1", articleId: "a-1")));
        await store.SaveAsync(Creating("a-2", Signal("s-2", articleId: "a-2")));

        // The merge function runs while the store's transaction holds both rows: kill that backend there.
        var act = async () => await store.MergeAsync("s-1", "s-2", (survivor, absorbed) =>
        {
            TerminateStoreBackends().GetAwaiter().GetResult();
            return Absorb(survivor, absorbed);
        });

        var error = (await act.Should().ThrowAsync<SignalStoreUnavailableException>()).Which;
        error.Message.Should().Contain(_server.Schema).And.Contain("rolled back");
        (await store.GetAsync("s-2")).Should().NotBeNull();
        (await store.GetAsync("s-1"))!.Version.Should().Be(1);
        var merged = await store.MergeAsync("s-1", "s-2", Absorb);
        merged.ExtractionCount.Should().Be(2);
    }

    [SkippableFact]
    public async Task SaveAsync_ConnectionTerminatedMidReinforcement_ThrowsUnavailableAndRecordsNothing()
    {
        var store = Store();
        await store.SaveAsync(Creating("a-1", Signal("s-1")));
        var changes = new SignalChangeSet
        {
            Article = Record("a-2"),
            Reinforcements = [new SignalReinforcement("s-1", s =>
            {
                TerminateStoreBackends().GetAwaiter().GetResult();
                return s with { ExtractionCount = s.ExtractionCount + 1 };
            })],
        };

        var act = async () => await store.SaveAsync(changes);

        await act.Should().ThrowAsync<SignalStoreUnavailableException>();
        (await store.ContainsArticleAsync(Record("a-2"))).Should().BeFalse();
        (await store.GetAsync("s-1"))!.ExtractionCount.Should().Be(1);
        (await store.SaveAsync(Reinforcing("a-2", "s-1"))).Reinforced.Should().ContainSingle().Which.ExtractionCount.Should().Be(2);
    }

    [SkippableFact]
    public async Task Open_SchemaFromANewerVersion_ThrowsVersionErrorAndLosesNothing()
    {
        await Store().SaveAsync(Creating("a-1", Signal("s-1")));
        await _server.ExecuteAsync("UPDATE schema_version SET version = 42");

        var act = async () => await Store().GetAsync("s-1");

        var error = (await act.Should().ThrowAsync<SignalStoreVersionException>()).Which;
        error.FoundVersion.Should().Be(42);
        error.SupportedVersion.Should().Be(PostgreSqlSchema.CurrentVersion);
        await _server.ExecuteAsync($"UPDATE schema_version SET version = {PostgreSqlSchema.CurrentVersion}");
        (await Store().GetAsync("s-1")).Should().NotBeNull();
    }

    [SkippableFact]
    public async Task Open_SchemaHoldingAnotherProgramsTables_ThrowsCorruptAndKeepsThem()
    {
        await _server.ExecuteAsync($"CREATE SCHEMA {_server.Schema}; CREATE TABLE {_server.Schema}.invoices (id int); INSERT INTO {_server.Schema}.invoices VALUES (7)");

        var act = async () => await Store().SaveAsync(Creating("a-1", Signal("s-1")));

        (await act.Should().ThrowAsync<SignalStoreCorruptException>()).Which.Message.Should().Contain("invoices");
        (await _server.ExecuteAsync("SELECT id FROM invoices")).Should().Be(7);
    }

    [SkippableTheory]
    [InlineData("CREATE TABLE schema_version (installed_rank int, version varchar(50), description text); INSERT INTO schema_version VALUES (1, '1', 'init')")]
    [InlineData("CREATE TABLE schema_version (version integer NOT NULL); INSERT INTO schema_version VALUES (0)")]
    [InlineData("CREATE TABLE schema_version (version integer NOT NULL)")]
    public async Task Open_SchemaWithAnotherProgramsSchemaVersionTable_ThrowsCorruptNamingTheSchemaAndLeavesItAlone(string otherProgram)
    {
        await _server.ExecuteAsync($"CREATE SCHEMA {_server.Schema}; {otherProgram}; CREATE TABLE customers (id int); INSERT INTO customers VALUES (7)");
        var before = await TablesAndVersionsAsync();

        var act = async () => await Store().SaveAsync(Creating("a-1", Signal("s-1")));

        var error = (await act.Should().ThrowAsync<SignalStoreCorruptException>()).Which;
        error.Message.Should().Contain(_server.Schema).And.Contain("customers");
        (await TablesAndVersionsAsync()).Should().Be(before);
    }

    [SkippableFact]
    public async Task Open_SchemaAtVersion1_MovesEvidenceIntoRowsAndReadsBackIdenticalSignals()
    {
        // Version 1 kept each signal's evidence inside its jsonb body, as StoredSignalJson.Serialize writes it.
        await _server.ExecuteAsync($"CREATE SCHEMA {_server.Schema}");
        await _server.ExecuteAsync($"{PostgreSqlSchema.Migrations[0]}; CREATE TABLE schema_version (version integer NOT NULL); INSERT INTO schema_version VALUES (1); COMMENT ON TABLE schema_version IS '{PostgreSqlSchema.Marker}'");
        Signal[] before = [WithEvidence(Signal("s-1", strength: 6), "a-0", "a-1", "a-2", "a-3"), Signal("s-2") with { Evidence = [] }, WithEvidence(Signal("s-3"), "b-0")];
        for (var i = 0; i < before.Length; i++)
        {
            before[i] = before[i] with { Version = i + 1 };
            var body = StoredSignalJson.Serialize(before[i]).Replace("'", "''", StringComparison.Ordinal);
            await _server.ExecuteAsync($"INSERT INTO signals VALUES ('{before[i].Id}', {i + 1}, {before[i].Strength.Strength}, '{Epoch:O}', '{body}'::jsonb); INSERT INTO signal_changes VALUES ('{before[i].Id}', {i + 1}); UPDATE feed_clock SET sequence = {i + 1}");
        }

        var store = Store();
        var read = await store.GetAsync("s-1");

        (await _server.ExecuteAsync("SELECT max(version) FROM schema_version")).Should().Be(PostgreSqlSchema.CurrentVersion);
        read.Should().BeEquivalentTo(before[0], o => o.WithStrictOrdering());
        (await store.QueryAsync(new SignalQuery())).Items.Should().BeEquivalentTo(before.OrderByDescending(s => s.Strength.Strength).ThenBy(s => s.Id, StringComparer.Ordinal), o => o.WithStrictOrdering());
        (await store.ReadChangesAsync(0, 100)).Select(c => c.Signal).Should().BeEquivalentTo(before, o => o.WithStrictOrdering());
        (await _server.ExecuteAsync("SELECT string_agg(signal_id || ':' || ordinal, ' ' ORDER BY signal_id, ordinal) FROM signal_evidence")).Should().Be("s-1:0 s-1:1 s-1:2 s-1:3 s-3:0");
        (await _server.ExecuteAsync("SELECT count(*) FROM signals WHERE jsonb_array_length(body->'evidence') <> 0")).Should().Be(0L);
        (await store.SaveAsync(Reinforcing("a-4", "s-1"))).Reinforced.Single().Evidence.Should().HaveCount(5);
        (await Store().GetAsync("s-1"))!.Evidence.Select(e => e.Article.Id).Should().Equal("a-0", "a-1", "a-2", "a-3", "a-4");
    }

    [SkippableFact]
    public async Task MergeAsync_AbsorbedSignal_LeavesNoEvidenceRowsOfIt()
    {
        var store = Store();
        await store.SaveAsync(Creating("a-1", WithEvidence(Signal("s-1"), "a-1", "a-2")));
        await store.SaveAsync(Creating("a-3", WithEvidence(Signal("s-2"), "a-3", "a-4", "a-5")));

        await store.MergeAsync("s-1", "s-2", Absorb);

        (await _server.ExecuteAsync("SELECT string_agg(signal_id || ':' || ordinal || ':' || (body->'article'->>'id'), ' ' ORDER BY signal_id, ordinal) FROM signal_evidence"))
            .Should().Be("s-1:0:a-1 s-1:1:a-2 s-1:2:a-3 s-1:3:a-4 s-1:4:a-5");
    }

    [SkippableFact]
    public async Task Open_StoreCreatedWithoutTheOwnershipMarker_IsRecognisedByItsTablesAndOpens()
    {
        await Store().SaveAsync(Creating("a-1", Signal("s-1")));
        await _server.ExecuteAsync("COMMENT ON TABLE schema_version IS NULL");

        (await Store().GetAsync("s-1")).Should().NotBeNull();
    }

    [SkippableFact]
    public async Task Open_BellwetherSchemaWithoutAVersionRow_ThrowsCorruptNamingTheSchema()
    {
        await Store().SaveAsync(Creating("a-1", Signal("s-1")));
        await _server.ExecuteAsync("DELETE FROM schema_version");

        var act = async () => await Store().GetAsync("s-1");

        (await act.Should().ThrowAsync<SignalStoreCorruptException>()).Which.Message.Should().Contain(_server.Schema).And.Contain("schema_version");
        (await _server.ExecuteAsync("SELECT count(*)::int FROM signals")).Should().Be(1);
    }

    [SkippableTheory]
    [InlineData("user")]
    [InlineData("order")]
    public async Task Open_SchemaNamedByAReservedWord_CreatesItAndStoresSignalsThere(string schema)
    {
        var options = new PostgreSqlSignalStoreOptions { ConnectionString = _server.ConnectionString, Schema = schema };
        new PostgreSqlSignalStoreOptionsValidator().Validate(null, options).Succeeded.Should().BeTrue();
        await _server.ExecuteAsync($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE");
        try
        {
            await Store(options).SaveAsync(Creating("a-1", Signal("s-1")));

            (await Store(options).GetAsync("s-1")).Should().NotBeNull();
            (await _server.ExecuteAsync($"SELECT count(*)::int FROM \"{schema}\".signals")).Should().Be(1);
        }
        finally
        {
            await _server.ExecuteAsync($"DROP SCHEMA IF EXISTS \"{schema}\" CASCADE");
        }
    }

    [SkippableFact]
    public async Task Open_WorkerRoleWithTableRightsButNoCreateOnTheDatabase_ReadsAndWritesTheStore()
    {
        await Store().SaveAsync(Creating("a-1", Signal("s-1")));
        var worker = Store(await RoleAsync($"GRANT USAGE ON SCHEMA {_server.Schema} TO {{0}}; GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {_server.Schema} TO {{0}}"));

        var saved = await worker.SaveAsync(Reinforcing("a-2", "s-1"));

        saved.Reinforced.Should().ContainSingle().Which.ExtractionCount.Should().Be(2);
        (await worker.GetAsync("s-1"))!.Version.Should().Be(2);
    }

    [SkippableFact]
    public async Task Open_RoleWithoutCreateOnANewSchema_ThrowsUnavailableNamingTheSchemaAndThePrivilege()
    {
        var worker = Store(await RoleAsync());

        var act = async () => await worker.GetAsync("s-1");

        var error = (await act.Should().ThrowAsync<SignalStoreUnavailableException>()).Which;
        error.Message.Should().Contain(_server.Schema).And.Contain("permission denied");
        error.InnerException.Should().BeOfType<Npgsql.PostgresException>().Which.SqlState.Should().Be("42501");
    }

    [SkippableTheory]
    [InlineData("Database=no_such_database", "3D000")]
    [InlineData("Username=no_such_role", "28000")]
    public async Task Open_UnknownDatabaseOrRole_ThrowsUnavailableNamingTheServer(string change, string sqlState)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(_server.ConnectionString + ";" + change);
        var store = Store(new PostgreSqlSignalStoreOptions { ConnectionString = builder.ConnectionString, Schema = _server.Schema });

        var act = async () => await store.GetAsync("s-1");

        var error = (await act.Should().ThrowAsync<SignalStoreUnavailableException>()).Which;
        error.Message.Should().Contain($"{builder.Host}:{builder.Port}/{builder.Database}/{_server.Schema}");
        error.InnerException.Should().BeOfType<Npgsql.PostgresException>().Which.SqlState.Should().Be(sqlState);
    }

    [SkippableFact]
    public async Task Open_ServerNotListening_ThrowsUnavailable()
    {
        var store = Store(new PostgreSqlSignalStoreOptions { ConnectionString = "Host=127.0.0.1;Port=1;Username=nobody;Timeout=2", Schema = _server.Schema });

        var act = async () => await store.GetAsync("s-1");

        (await act.Should().ThrowAsync<SignalStoreUnavailableException>()).Which.Message.Should().Contain("127.0.0.1:1");
    }

    [SkippableFact]
    public void UsePostgreSql_InvalidOptions_FailAtStartNamingTheOption()
    {
        var services = new ServiceCollection();
        services.AddBellwether().UsePostgreSql(o =>
        {
            o.ConnectionString = _server.ConnectionString;
            o.Schema = "Robert'); DROP TABLE students;--";
        });
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(nameof(PostgreSqlSignalStoreOptions.Schema));
    }

    [SkippableFact]
    public async Task AcquireMatchTurnAsync_ManyCallersInOneProcessOnAPoolOfTwo_EachGetsItsTurnAndReads()
    {
        var store = Store(new PostgreSqlSignalStoreOptions { ConnectionString = _server.ConnectionString + ";Maximum Pool Size=2;Timeout=5", Schema = _server.Schema });
        await store.SaveAsync(Creating("a-1", Signal("s-1")));

        var turns = Enumerable.Range(0, 8).Select(async _ =>
        {
            var turn = await store.AcquireMatchTurnAsync();
            await using (turn)
            {
                return await store.GetAsync("s-1");
            }
        });

        (await Task.WhenAll(turns)).Should().HaveCount(8).And.OnlyContain(s => s != null && s.Id == "s-1");
    }

    [SkippableFact]
    public async Task SaveAsync_ServerOutOfDiskSpace_ThrowsFullRecordsNothingAndWorksOnceSpaceIsBack()
    {
        var store = Store();
        await store.SaveAsync(Creating("a-1", Signal("s-1")));

        // The server reports disk_full (SQLSTATE 53100) for the change-feed row, the last write of the transaction.
        await _server.ExecuteAsync("""
            CREATE FUNCTION disk_full() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; END $$;
            CREATE TRIGGER disk_full BEFORE INSERT OR UPDATE ON signal_changes FOR EACH ROW EXECUTE FUNCTION disk_full();
            """);
        var act = async () => await store.SaveAsync(Reinforcing("a-2", "s-1"));

        (await act.Should().ThrowAsync<SignalStoreFullException>()).Which.Message.Should().Contain(_server.Schema);
        (await store.ContainsArticleAsync(Record("a-2"))).Should().BeFalse();
        (await store.GetAsync("s-1"))!.ExtractionCount.Should().Be(1);

        await _server.ExecuteAsync("DROP TRIGGER disk_full ON signal_changes");
        (await store.SaveAsync(Reinforcing("a-2", "s-1"))).Reinforced.Should().ContainSingle().Which.ExtractionCount.Should().Be(2);
    }

    [SkippableFact]
    public void UsePostgreSql_SearchPathInTheConnectionString_NamesTheSchema()
    {
        var services = new ServiceCollection();
        services.AddBellwether().UsePostgreSql(_server.ConnectionString + ";Search Path=" + _server.Schema);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<IOptions<PostgreSqlSignalStoreOptions>>().Value.Schema.Should().Be(_server.Schema);
        provider.GetRequiredService<ISignalStore>().Should().BeOfType<PostgreSqlSignalStore>();
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _server.Dispose();
        foreach (var role in _roles)
        {
            _server.ExecuteAsync($"DROP OWNED BY {role}; DROP ROLE {role}").GetAwaiter().GetResult();
        }
    }

    private PostgreSqlSignalStore Store(PostgreSqlSignalStoreOptions? options = null)
    {
        var store = new PostgreSqlSignalStore(Options.Create(options ?? new PostgreSqlSignalStoreOptions { ConnectionString = _server.ConnectionString + ";Application Name=" + _server.Schema, Schema = _server.Schema }));
        _stores.Add(store);
        return store;
    }

    /// <summary>The tables of this test's schema and the rows of its schema_version, to show they were left alone.</summary>
    private async Task<string> TablesAndVersionsAsync() =>
        $"{await _server.ExecuteAsync("SELECT string_agg(table_name::text, ',' ORDER BY table_name) FROM information_schema.tables WHERE table_schema = current_schema()")} " +
        $"{await _server.ExecuteAsync("SELECT coalesce(string_agg(version::text, ','), '(none)') FROM schema_version")}";

    /// <summary>A new login role (no CREATE on the database) given <paramref name="grants"/>, where {0} names it; options of a store that connects as it.</summary>
    private async Task<PostgreSqlSignalStoreOptions> RoleAsync(string grants = "")
    {
        var role = "worker_" + Guid.NewGuid().ToString("N")[..12];
        await _server.ExecuteAsync($"CREATE ROLE {role} LOGIN; " + string.Format(System.Globalization.CultureInfo.InvariantCulture, grants, role));
        _roles.Add(role);
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(_server.ConnectionString) { Username = role, ApplicationName = _server.Schema };
        return new PostgreSqlSignalStoreOptions { ConnectionString = connection.ConnectionString, Schema = _server.Schema };
    }

    /// <summary>Ends this test's store connections that are inside a transaction (other tests use other application names).</summary>
    private Task<object?> TerminateStoreBackends() => _server.ExecuteAsync(
        "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE pid <> pg_backend_pid() AND state = 'idle in transaction' AND application_name = current_schema()");
}
