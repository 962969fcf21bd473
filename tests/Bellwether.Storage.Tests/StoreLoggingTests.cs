using System.Diagnostics;
using Bellwether.PostgreSql;
using Bellwether.PostgreSql.Internal;
using Bellwether.Sqlite;
using Bellwether.Sqlite.Internal;
using Bellwether.Storage.Tests.TestSupport;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using static Bellwether.Testing.Internal.TestSignals;

namespace Bellwether.Storage.Tests;

/// <summary>The SQLite store logs waits for the write lock and slow writes.</summary>
public sealed class SqliteStoreLoggingTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly RecordingLogger<SqliteSignalStore> _logger = new();
    private readonly List<SqliteSignalStore> _stores = [];

    [Fact]
    public async Task SaveAsync_WriteLockHeldByAnotherProcess_LogsTheWaitAndTheSlowWrite()
    {
        var store = Store(new SqliteSignalStoreOptions { DatabasePath = _database.Path, SlowWriteThreshold = TimeSpan.FromMilliseconds(100) });
        await store.SaveAsync(Creating("a-0", Signal("s-0")));
        var holder = await HoldWriteLockAsync();

        var save = store.SaveAsync(Creating("a-1", Signal("s-1"))).AsTask();
        await Task.Delay(300);
        save.IsCompleted.Should().BeFalse("the other process holds the lock");
        await holder.DisposeAsync();
        (await save).Created.Should().ContainSingle();

        var waited = _logger.Entries.Should().ContainSingle(e => e.EventId == 201).Subject;
        waited.Level.Should().Be(LogLevel.Information);
        waited.Message.Should().StartWith("SQLite save waited ").And.Contain(_database.Path);
        var slow = _logger.Entries.Should().ContainSingle(e => e.EventId == 202).Subject;
        slow.Level.Should().Be(LogLevel.Warning);
        slow.Message.Should().StartWith("SQLite save took ").And.Contain("00:00:00.1000000");
    }

    [Fact]
    public async Task SaveAndMerge_FreeLockAndFastWrites_LogNothing()
    {
        var store = Store();

        await store.SaveAsync(Creating("a-1", Signal("s-1", articleId: "a-1")));
        await store.SaveAsync(Creating("a-2", Signal("s-2", articleId: "a-2")));
        await store.MergeAsync("s-1", "s-2", Absorb);

        _logger.Entries.Should().BeEmpty();
    }

    [Fact]
    public void UseSqlite_NegativeSlowWriteThreshold_FailsAtStartNamingIt()
    {
        var services = new ServiceCollection();
        services.AddBellwether().UseSqlite(o => (o.DatabasePath, o.SlowWriteThreshold) = (_database.Path, TimeSpan.FromSeconds(-1)));
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IStartupValidator>().Validate();

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain(nameof(SqliteSignalStoreOptions.SlowWriteThreshold));
    }

    [Fact]
    public async Task UseSqlite_LoggingRegistered_GivesTheStoreItsLogger()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILogger<SqliteSignalStore>>(_logger);
        services.AddBellwether().UseSqlite(o => (o.DatabasePath, o.SlowWriteThreshold) = (_database.Path, TimeSpan.FromTicks(1)));
        using var provider = services.BuildServiceProvider();

        await provider.GetRequiredService<ISignalStore>().SaveAsync(Creating("a-1", Signal("s-1")));

        _logger.Entries.Should().Contain(e => e.EventId == 202, "a threshold of one tick makes every write slow");
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _database.Dispose();
    }

    private SqliteSignalStore Store(SqliteSignalStoreOptions? options = null)
    {
        var store = new SqliteSignalStore(Options.Create(options ?? new SqliteSignalStoreOptions { DatabasePath = _database.Path }), TimeProvider.System, _logger);
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
}

/// <summary>The PostgreSQL store logs each retry after a deadlock, giving up, and slow writes (a real server).</summary>
public sealed class PostgreSqlStoreLoggingTests : IDisposable
{
    private readonly PostgresServer _server = new();
    private readonly RecordingLogger<PostgreSqlSignalStore> _logger = new();
    private readonly List<PostgreSqlSignalStore> _stores = [];

    [SkippableFact]
    public async Task SaveAsync_DeadlockOnTheFirstTwoAttempts_RetriesLoggingEachAndSaves()
    {
        var store = Store();
        await store.SaveAsync(Creating("a-0", Signal("s-0")));
        await InjectDeadlocksAsync(times: 2);

        var saved = await store.SaveAsync(Creating("a-1", Signal("s-1")));

        saved.Created.Should().ContainSingle();
        var retries = _logger.Entries.Where(e => e.EventId == 211).ToList();
        retries.Should().HaveCount(2).And.OnlyContain(e => e.Level == LogLevel.Warning);
        retries[0].Message.Should().StartWith("PostgreSQL save was rolled back by 40P01").And.Contain("attempt 1 of 4").And.Contain(_server.Schema);
        retries[1].Message.Should().Contain("attempt 2 of 4");
        _logger.Entries.Should().NotContain(e => e.EventId == 213);
        (await store.GetAsync("s-1")).Should().NotBeNull();
    }

    [SkippableFact]
    public async Task SaveAsync_DeadlockOnEveryAttempt_GivesUpAfterMaxRetriesLoggingAnErrorAndStoresNothing()
    {
        var store = Store(maxRetries: 2);
        await store.SaveAsync(Creating("a-0", Signal("s-0")));
        await InjectDeadlocksAsync(times: 100);

        var act = async () => await store.SaveAsync(Creating("a-1", Signal("s-1")));

        (await act.Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be(PostgresErrorCodes.DeadlockDetected);
        _logger.Entries.Count(e => e.EventId == 211).Should().Be(2);
        var gaveUp = _logger.Entries.Should().ContainSingle(e => e.EventId == 213).Subject;
        gaveUp.Level.Should().Be(LogLevel.Error);
        gaveUp.Message.Should().Contain("each of 3 attempt(s)");
        (await store.GetAsync("s-1")).Should().BeNull();
    }

    [SkippableFact]
    public async Task SaveAsync_SlowerThanTheThreshold_IsLoggedAsSlow()
    {
        var store = Store(slowWriteThreshold: TimeSpan.FromMilliseconds(200));
        await store.SaveAsync(Creating("a-0", Signal("s-0")));
        _logger.Entries.Should().BeEmpty("a fast write is not logged");
        await _server.ExecuteAsync("""
            CREATE FUNCTION slow_article() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(0.3); RETURN NEW; END $$;
            CREATE TRIGGER slow_article BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION slow_article();
            """);

        await store.SaveAsync(Creating("a-1", Signal("s-1")));

        var slow = _logger.Entries.Should().ContainSingle(e => e.EventId == 212).Subject;
        slow.Level.Should().Be(LogLevel.Warning);
        slow.Message.Should().StartWith("PostgreSQL save took ").And.Contain("over 1 attempt(s)");
    }

    public void Dispose()
    {
        foreach (var store in _stores)
        {
            store.Dispose();
        }

        _server.Dispose();
    }

    /// <summary>The server rolls back the next <paramref name="times"/> inserts of an article with deadlock_detected (a sequence counts outside the transactions).</summary>
    private Task<object?> InjectDeadlocksAsync(int times) => _server.ExecuteAsync($"""
        CREATE SEQUENCE deadlocks;
        CREATE FUNCTION deadlock() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF nextval('deadlocks') <= {times} THEN RAISE EXCEPTION 'deadlock detected (injected)' USING ERRCODE = 'deadlock_detected'; END IF;
          RETURN NEW;
        END $$;
        CREATE TRIGGER deadlock BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION deadlock();
        """);

    private PostgreSqlSignalStore Store(int maxRetries = 3, TimeSpan? slowWriteThreshold = null)
    {
        var options = new PostgreSqlSignalStoreOptions
        {
            ConnectionString = _server.ConnectionString,
            Schema = _server.Schema,
            MaxRetries = maxRetries,
            SlowWriteThreshold = slowWriteThreshold ?? TimeSpan.FromSeconds(10),
        };
        var store = new PostgreSqlSignalStore(Options.Create(options), _logger);
        _stores.Add(store);
        return store;
    }
}

/// <summary>The retry of a PostgreSQL write after a deadlock or serialization failure (no server needed).</summary>
public sealed class PostgreSqlConflictRetryTests
{
    private static PostgresException Conflict(string sqlState) => new("rolled back", "ERROR", "ERROR", sqlState);

    [Fact]
    public async Task ConflictRetry_DeadlockThenSerializationFailure_RetriesTwiceWithJitteredPausesUnderTheCeiling()
    {
        var pauses = new List<TimeSpan>();
        var pipeline = PostgreSqlSignalStore.ConflictRetry(5, TimeProvider.System, retry => { pauses.Add(retry.RetryDelay); return default; });
        var failures = new Queue<PostgresException>([Conflict(PostgresErrorCodes.DeadlockDetected), Conflict(PostgresErrorCodes.SerializationFailure)]);
        var attempts = 0;

        var result = await pipeline.ExecuteAsync(_ => { attempts++; return failures.TryDequeue(out var error) ? throw error : ValueTask.FromResult(42); });

        result.Should().Be(42);
        attempts.Should().Be(3);
        pauses.Should().HaveCount(2).And.OnlyContain(p => p > TimeSpan.Zero && p <= PostgreSqlSignalStore.MaxConflictPause);
    }

    [Fact]
    public async Task ConflictRetry_ManyCollisions_PausesDifferByJitter()
    {
        var pauses = new List<TimeSpan>();
        var pipeline = PostgreSqlSignalStore.ConflictRetry(1, TimeProvider.System, retry => { pauses.Add(retry.RetryDelay); return default; });

        for (var i = 0; i < 40; i++)
        {
            var attempts = 0;
            await pipeline.ExecuteAsync(_ => ++attempts == 1 ? throw Conflict(PostgresErrorCodes.DeadlockDetected) : ValueTask.CompletedTask);
        }

        pauses.Should().HaveCount(40);
        pauses.Distinct().Should().HaveCountGreaterThan(20, "writers that collided pause for different times");
    }

    [Fact]
    public async Task ConflictRetry_OtherPostgresError_SurfacesWithoutRetry()
    {
        var pipeline = PostgreSqlSignalStore.ConflictRetry(5, TimeProvider.System, _ => default);
        var attempts = 0;

        var run = async () => await pipeline.ExecuteAsync(_ => { attempts++; throw Conflict(PostgresErrorCodes.UniqueViolation); });

        await run.Should().ThrowAsync<PostgresException>();
        attempts.Should().Be(1);
    }

    [Fact]
    public async Task ConflictRetry_NoRetriesAllowed_SurfacesTheFirstDeadlock()
    {
        var pipeline = PostgreSqlSignalStore.ConflictRetry(0, TimeProvider.System, _ => default);
        var attempts = 0;

        var run = async () => await pipeline.ExecuteAsync(_ => { attempts++; throw Conflict(PostgresErrorCodes.DeadlockDetected); });

        await run.Should().ThrowAsync<PostgresException>();
        attempts.Should().Be(1);
    }
}

/// <summary>Store calls are traced as <c>bellwether.store</c> activities of the <c>Bellwether.Core</c> source.</summary>
public sealed class StoreTracingTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly List<Activity> _activities = [];
    private readonly Lock _gate = new();
    private readonly ActivityListener _listener;

    public StoreTracingTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == BellwetherDiagnostics.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                lock (_gate)
                {
                    _activities.Add(activity);
                }
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    [Fact]
    public async Task SqliteStore_SaveGetAndAFailedMerge_AreTracedWithOperationAndOutcome()
    {
        using var store = new SqliteSignalStore(Options.Create(new SqliteSignalStoreOptions { DatabasePath = _database.Path }), TimeProvider.System);

        await store.SaveAsync(Creating("a-1", Signal("s-1")));
        await store.GetAsync("s-1");
        var merge = async () => await store.MergeAsync("s-1", "missing", Absorb);
        await merge.Should().ThrowAsync<SignalNotFoundException>();

        var mine = Mine(Path.GetFullPath(_database.Path));
        mine.Select(a => a.GetTagItem("db.operation.name")).Should().Equal("save", "get", "merge");
        mine.Should().OnlyContain(a => (string?)a.GetTagItem("db.system.name") == "sqlite" && a.Kind == ActivityKind.Client);
        mine.Take(2).Should().OnlyContain(a => a.Status == ActivityStatusCode.Unset);
        mine[2].Status.Should().Be(ActivityStatusCode.Error);
        mine[2].GetTagItem("error.type").Should().Be(typeof(SignalNotFoundException).FullName);
    }

    [SkippableFact]
    public async Task PostgreSqlStore_SaveAfterADeadlock_IsOneActivityWithARetryEvent()
    {
        using var server = new PostgresServer();
        using var store = new PostgreSqlSignalStore(Options.Create(new PostgreSqlSignalStoreOptions { ConnectionString = server.ConnectionString, Schema = server.Schema }));
        await store.SaveAsync(Creating("a-0", Signal("s-0")));
        await server.ExecuteAsync("""
            CREATE SEQUENCE deadlocks;
            CREATE FUNCTION deadlock() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN IF nextval('deadlocks') <= 1 THEN RAISE EXCEPTION 'injected' USING ERRCODE = 'deadlock_detected'; END IF; RETURN NEW; END $$;
            CREATE TRIGGER deadlock BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION deadlock();
            """);

        await store.SaveAsync(Creating("a-1", Signal("s-1")));

        var save = Mine(server.Schema, endsWith: true).Last();
        save.GetTagItem("db.system.name").Should().Be("postgresql");
        save.GetTagItem("db.operation.name").Should().Be("save");
        save.Status.Should().Be(ActivityStatusCode.Unset);
        save.Events.Should().ContainSingle(e => e.Name == "bellwether.store.retry")
            .Which.Tags.Should().Contain(new KeyValuePair<string, object?>("db.response.status_code", "40P01"));
    }

    public void Dispose()
    {
        _listener.Dispose();
        _database.Dispose();
    }

    private List<Activity> Mine(string location, bool endsWith = false)
    {
        lock (_gate)
        {
            return [.. _activities.Where(a => a.OperationName == "bellwether.store" && a.GetTagItem("db.namespace") is string ns && (endsWith ? ns.EndsWith("/" + location, StringComparison.Ordinal) : ns == location))];
        }
    }
}
