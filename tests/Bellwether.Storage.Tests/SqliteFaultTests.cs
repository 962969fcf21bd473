using Bellwether.Sqlite;
using Bellwether.Sqlite.Internal;
using Bellwether.Storage.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Bellwether.Testing.Internal.TestSignals;

namespace Bellwether.Storage.Tests;

/// <summary>Bad files and faults on the SQLite store: each gives a typed error naming the problem, and nothing stored is lost.</summary>
public sealed class SqliteFaultTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly List<SqliteSignalStore> _stores = [];

    [Fact]
    public async Task Open_FileOfRandomBytes_ThrowsCorruptNamingTheFileAndLeavesItUntouched()
    {
        var bytes = new byte[8192];
        new Random(6).NextBytes(bytes);
        await File.WriteAllBytesAsync(_database.Path, bytes);

        var act = async () => await Store().GetAsync("s-1");

        var error = (await act.Should().ThrowAsync<SignalStoreCorruptException>()).Which;
        error.Location.Should().Be(_database.Path);
        error.Message.Should().Contain(_database.Path).And.Contain("not a SQLite database");
        (await File.ReadAllBytesAsync(_database.Path)).Should().Equal(bytes);
    }

    [Fact]
    public async Task QueryAsync_DamagedPagesInsideAValidFile_ThrowsCorruptNamingTheFile()
    {
        var store = Store();
        for (var i = 0; i < 40; i++)
        {
            await store.SaveAsync(Creating($"a-{i}", Signal($"s-{i}") with { Analysis = new string('x', 1500) }));
        }

        store.Dispose();
        _stores.Remove(store);
        SqliteConnection.ClearAllPools();
        await using (var file = new FileStream(_database.Path, FileMode.Open, FileAccess.Write))
        {
            var garbage = new byte[4096 * 4];
            new Random(6).NextBytes(garbage);
            file.Seek(4096 * 2, SeekOrigin.Begin); // keep the header page, damage the pages after it
            await file.WriteAsync(garbage);
        }

        var act = async () => await Store().QueryAsync(new SignalQuery { Limit = SignalQuery.MaxLimit });

        (await act.Should().ThrowAsync<SignalStoreCorruptException>()).Which.Location.Should().Be(_database.Path);
    }

    [Fact]
    public async Task Open_FolderOfThePathIsAFile_ThrowsUnavailableNamingThePathAndTheCause()
    {
        var file = System.IO.Path.Combine(_database.Folder, "plain-file");
        await File.WriteAllTextAsync(file, "not a folder");
        var path = System.IO.Path.Combine(file, "signals.db");

        var act = async () => await Store(new SqliteSignalStoreOptions { DatabasePath = path }).GetAsync("s-1");

        var error = (await act.Should().ThrowAsync<SignalStoreUnavailableException>()).Which;
        error.Location.Should().Be(path);
        error.InnerException.Should().BeAssignableTo<IOException>();
        (await File.ReadAllTextAsync(file)).Should().Be("not a folder");
    }

    [Fact]
    public async Task Open_ManyStoresCreateTheSameNewFileAtOnce_NoneMistakesItForAnotherProgramsDatabase()
    {
        for (var round = 0; round < 20; round++)
        {
            var path = System.IO.Path.Combine(_database.Folder, $"race-{round}.db");
            var stores = Enumerable.Range(0, 8).Select(_ => Store(new SqliteSignalStoreOptions { DatabasePath = path })).ToList();
            using var start = new ManualResetEventSlim();

            var opens = stores.Select(store => Task.Run(async () =>
            {
                start.Wait();
                return await store.GetAsync("s-1");
            })).ToList();
            start.Set();

            (await Task.WhenAll(opens)).Should().OnlyContain(signal => signal == null, "round {0}: every store opened the new file", round);
        }
    }

    [Fact]
    public async Task Open_AnotherProgramsDatabase_ThrowsCorruptAndKeepsItsTables()
    {
        await Sql("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL); INSERT INTO invoices VALUES (1, 9.5);");

        var act = async () => await Store().SaveAsync(Creating("a-1", Signal("s-1")));

        (await act.Should().ThrowAsync<SignalStoreCorruptException>()).Which.Message.Should().Contain("another program");
        (await Sql("SELECT total FROM invoices WHERE id = 1")).Should().Be(9.5);
        (await Sql("SELECT count(*) FROM sqlite_schema WHERE name = 'signals'")).Should().Be(0L);
    }

    [Fact]
    public async Task Open_DatabaseFromANewerVersion_ThrowsVersionErrorAndLosesNothing()
    {
        await Store().SaveAsync(Creating("a-1", Signal("s-1")));
        SqliteConnection.ClearAllPools();
        await Sql("PRAGMA user_version = 99");

        var act = async () => await Store().GetAsync("s-1");

        var error = (await act.Should().ThrowAsync<SignalStoreVersionException>()).Which;
        error.FoundVersion.Should().Be(99);
        error.SupportedVersion.Should().Be(SqliteSchema.CurrentVersion);
        error.Message.Should().Contain(_database.Path).And.Contain("upgrade");
        await Sql($"PRAGMA user_version = {SqliteSchema.CurrentVersion}");
        (await Store().GetAsync("s-1")).Should().NotBeNull();
    }

    [Fact]
    public async Task Open_DatabaseAtSchemaVersion1_MigratesForwardKeepingItsSignals()
    {
        await Store().OpenAsync(targetVersion: 1, CancellationToken.None);
        await Sql($"INSERT INTO signals (id, version, strength, last_reinforced_at, body) VALUES ('s-1', 1, 5, {Epoch.UtcTicks}, '{StoredSignalJson.Serialize(Signal("s-1") with { Version = 1 }).Replace("'", "''", StringComparison.Ordinal)}')");
        (await Sql("PRAGMA user_version")).Should().Be(1L);

        var signal = await Store().GetAsync("s-1");

        signal!.Headline.Should().Be("Headline of s-1");
        (await Sql("PRAGMA user_version")).Should().Be((long)SqliteSchema.CurrentVersion);
        (await Sql("SELECT count(*) FROM sqlite_schema WHERE name = 'signals_by_recency'")).Should().Be(1L);
        (await Sql("PRAGMA journal_mode")).Should().Be("wal");
    }

    [Fact]
    public async Task Open_DatabaseAtSchemaVersion2_MovesEvidenceIntoRowsAndReadsBackIdenticalSignals()
    {
        // Version 2 kept each signal's evidence inside its JSON body, as StoredSignalJson.Serialize writes it.
        await Store().OpenAsync(targetVersion: 2, CancellationToken.None);
        Signal[] before = [WithEvidence(Signal("s-1", strength: 6), "a-0", "a-1", "a-2", "a-3"), Signal("s-2") with { Evidence = [] }, WithEvidence(Signal("s-3"), "b-0")];
        for (var i = 0; i < before.Length; i++)
        {
            before[i] = before[i] with { Version = i + 1 };
            var body = StoredSignalJson.Serialize(before[i]).Replace("'", "''", StringComparison.Ordinal);
            await Sql($"INSERT INTO signals (id, version, strength, last_reinforced_at, body) VALUES ('{before[i].Id}', {i + 1}, {before[i].Strength.Strength}, {Epoch.UtcTicks}, '{body}'); INSERT INTO signal_changes VALUES ('{before[i].Id}', {i + 1})");
        }

        var store = Store();
        var read = await store.GetAsync("s-1");

        (await Sql("PRAGMA user_version")).Should().Be((long)SqliteSchema.CurrentVersion);
        read.Should().BeEquivalentTo(before[0], o => o.WithStrictOrdering());
        (await store.QueryAsync(new SignalQuery())).Items.Should().BeEquivalentTo(before.OrderByDescending(s => s.Strength.Strength).ThenBy(s => s.Id, StringComparer.Ordinal), o => o.WithStrictOrdering());
        (await store.ReadChangesAsync(0, 100)).Select(c => c.Signal).Should().BeEquivalentTo(before, o => o.WithStrictOrdering());
        (await Sql("SELECT group_concat(signal_id || ':' || ordinal, ' ') FROM (SELECT signal_id, ordinal FROM signal_evidence ORDER BY signal_id, ordinal)")).Should().Be("s-1:0 s-1:1 s-1:2 s-1:3 s-3:0");
        (await Sql("SELECT count(*) FROM signals WHERE json_array_length(body, '$.evidence') <> 0")).Should().Be(0L);
        (await store.SaveAsync(Reinforcing("a-4", "s-1"))).Reinforced.Single().Evidence.Should().HaveCount(5);
        (await Store().GetAsync("s-1"))!.Evidence.Select(e => e.Article.Id).Should().Equal("a-0", "a-1", "a-2", "a-3", "a-4");
    }

    [Fact]
    public async Task MergeAsync_AbsorbedSignal_LeavesNoEvidenceRowsOfIt()
    {
        var store = Store();
        await store.SaveAsync(Creating("a-1", WithEvidence(Signal("s-1"), "a-1", "a-2")));
        await store.SaveAsync(Creating("a-3", WithEvidence(Signal("s-2"), "a-3", "a-4", "a-5")));

        await store.MergeAsync("s-1", "s-2", Absorb);

        (await Sql("SELECT group_concat(signal_id || ':' || ordinal || ':' || json_extract(body, '$.article.id'), ' ') FROM (SELECT * FROM signal_evidence ORDER BY signal_id, ordinal)"))
            .Should().Be("s-1:0:a-1 s-1:1:a-2 s-1:2:a-3 s-1:3:a-4 s-1:4:a-5");
    }

    [Fact]
    public async Task SaveAsync_DiskFull_ThrowsFullAndKeepsEverySignalSavedBefore()
    {
        var store = Store(new SqliteSignalStoreOptions { DatabasePath = _database.Path, MaxDatabaseSize = 96 * 1024 });
        var saved = new List<string>();
        SignalStoreFullException? full = null;
        for (var i = 0; i < 500 && full is null; i++)
        {
            var signal = Signal($"s-{i}") with { Analysis = new string('x', 2000) + i };
            try
            {
                await store.SaveAsync(Creating($"a-{i}", signal));
                saved.Add(signal.Id);
            }
            catch (SignalStoreFullException error)
            {
                full = error;
            }
        }

        full.Should().NotBeNull("the file reaches its size limit");
        full!.Message.Should().Contain(_database.Path).And.Contain("full");
        saved.Should().NotBeEmpty();
        var reopened = Store();
        (await reopened.QueryAsync(new SignalQuery { Limit = SignalQuery.MaxLimit })).TotalCount.Should().Be(saved.Count);
        (await reopened.ContainsArticleAsync(Record($"a-{saved.Count}"))).Should().BeFalse("the failed write was rolled back");
        (await reopened.GetAsync(saved[^1])).Should().NotBeNull();
    }

    [Fact]
    public void UseSqlite_InvalidOptions_FailAtStartNamingTheOption()
    {
        var services = new ServiceCollection();
        services.AddBellwether().UseSqlite(o => o.DatabasePath = ":memory:");
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(nameof(SqliteSignalStoreOptions.DatabasePath));
    }

    [Fact]
    public void UseSqlite_Registered_ReplacesTheInMemoryStore()
    {
        var services = new ServiceCollection();
        services.AddBellwether().UseSqlite(_database.Path);
        using var provider = services.BuildServiceProvider();

        provider.GetRequiredService<ISignalStore>().Should().BeOfType<SqliteSignalStore>().Which.DatabasePath.Should().Be(_database.Path);
        services.Count(d => d.ServiceType == typeof(ISignalStore)).Should().Be(1);
    }

    // The store waits for the write lock on its TimeProvider: a clock that stands still until the test moves it tells
    // waiting from giving up without measuring real time.
    [Fact]
    public async Task SaveAsync_TokenCancelledWhileAnotherProcessHoldsTheWriteLock_ThrowsCancelledBeforeTheTimeoutAndWritesNothing()
    {
        var clock = new WaitRecordingClock();
        var store = Store(new SqliteSignalStoreOptions { DatabasePath = _database.Path, BusyTimeout = TimeSpan.FromSeconds(30) }, clock);
        await store.SaveAsync(Creating("a-0", Signal("s-0")));
        await using var holder = await HoldWriteLockAsync();
        using var cancel = new CancellationTokenSource();

        var save = Task.Run(async () => await store.SaveAsync(Creating("a-1", Signal("s-1")), cancel.Token));
        (await clock.NextWaitAsync(save)).Should().NotBeNull("the save waits for the lock");
        await cancel.CancelAsync();

        // The clock never moved, so the 30 s timeout cannot have passed: the token ended the wait.
        await save.Awaiting(s => s.WaitAsync(TimeSpan.FromSeconds(30))).Should().ThrowAsync<OperationCanceledException>();
        await holder.DisposeAsync();
        (await store.ContainsArticleAsync(Record("a-1"))).Should().BeFalse();
    }

    [Fact]
    public async Task SaveAsync_BusyTimeoutZeroWhileAnotherProcessHoldsTheWriteLock_ThrowsUnavailableWithoutWaiting()
    {
        var clock = new WaitRecordingClock();
        var store = Store(new SqliteSignalStoreOptions { DatabasePath = _database.Path, BusyTimeout = TimeSpan.Zero }, clock);
        await store.SaveAsync(Creating("a-0", Signal("s-0")));
        await using var holder = await HoldWriteLockAsync();

        var save = Task.Run(async () => await store.SaveAsync(Creating("a-1", Signal("s-1"))));

        (await clock.NextWaitAsync(save)).Should().BeNull("a zero timeout tries once and does not wait");
        (await save.Awaiting(s => s).Should().ThrowAsync<SignalStoreUnavailableException>()).Which.Message.Should().Contain(_database.Path).And.Contain("write lock");
        clock.WaitCount.Should().Be(0);
        await holder.DisposeAsync();
        (await store.SaveAsync(Creating("a-1", Signal("s-1")))).Created.Should().ContainSingle();
    }

    [Fact]
    public async Task SaveAsync_WriteLockHeldLongerThanTheBusyTimeout_RetriesThenThrowsUnavailableWhenTheTimeoutHasPassed()
    {
        var clock = new WaitRecordingClock();
        var started = clock.GetUtcNow();
        var store = Store(new SqliteSignalStoreOptions { DatabasePath = _database.Path, BusyTimeout = TimeSpan.FromMilliseconds(700) }, clock);
        await store.SaveAsync(Creating("a-0", Signal("s-0")));
        await using var holder = await HoldWriteLockAsync();

        var save = Task.Run(async () => await store.SaveAsync(Creating("a-1", Signal("s-1"))));
        var waits = new List<TimeSpan>();
        while (await clock.NextWaitAsync(save) is { } wait)
        {
            waits.Add(wait);
            clock.Advance(wait);
        }

        await save.Awaiting(s => s).Should().ThrowAsync<SignalStoreUnavailableException>();
        (clock.GetUtcNow() - started).Should().Be(TimeSpan.FromMilliseconds(700), "it gives up when the timeout has passed, not before or after");
        waits.Should().HaveCountGreaterThan(10, "it retries while it waits").And.OnlyContain(w => w > TimeSpan.Zero && w <= TimeSpan.FromMilliseconds(50));
        await holder.DisposeAsync();
        (await store.ContainsArticleAsync(Record("a-1"))).Should().BeFalse();
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _database.Dispose();
    }

    private SqliteSignalStore Store(SqliteSignalStoreOptions? options = null, TimeProvider? clock = null)
    {
        var store = new SqliteSignalStore(Options.Create(options ?? new SqliteSignalStoreOptions { DatabasePath = _database.Path }), clock ?? TimeProvider.System);
        _stores.Add(store);
        return store;
    }

    /// <summary>Another connection, as another process would have, holding the write lock until it is disposed.</summary>
    private async Task<SqliteConnection> HoldWriteLockAsync()
    {
        var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        await connection.OpenAsync();
        await using var begin = connection.CreateCommand();
        begin.CommandText = "BEGIN IMMEDIATE";
        await begin.ExecuteNonQueryAsync();
        return connection;
    }

    private async Task<object?> Sql(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={_database.Path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
