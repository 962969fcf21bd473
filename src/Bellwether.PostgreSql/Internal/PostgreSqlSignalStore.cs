using System.Diagnostics;
using System.Globalization;
using System.Text;
using Bellwether.Storage.Internal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Polly;
using Polly.Retry;

namespace Bellwether.PostgreSql.Internal;

/// <summary>
/// Signals in PostgreSQL for several ingesting processes: each write is one transaction that locks the rows it
/// changes (<c>SELECT … FOR UPDATE</c>, in id order), so concurrent reinforcements never lose an update; deadlocks
/// and serialization failures are retried. The change feed's sequence comes from a one-row clock updated last in
/// every write, so sequences become visible in commit order and a reader polling the feed never skips one.
/// </summary>
internal sealed class PostgreSqlSignalStore : ISignalStore, IDisposable
{
    /// <summary>
    /// The columns <see cref="ReadSignal"/> reads for a row <c>s</c> of <c>signals</c>: its body, its evidence rows in
    /// order joined as one JSON array text, its version. The evidence is read in the statement that reads the
    /// signals, so a page and its evidence are one query and one snapshot.
    /// </summary>
    private const string SignalColumns = "s.body::text, (SELECT '[' || coalesce(string_agg(e.body::text, ',' ORDER BY e.ordinal), '') || ']' FROM signal_evidence e WHERE e.signal_id = s.id), s.version";

    private const string UpdateSignal = "UPDATE signals SET version = @version, strength = @strength, last_reinforced_at = @at, body = @body WHERE id = @id";

    /// <summary>The median pause before the first retry after a deadlock or serialization failure; it doubles per retry.</summary>
    internal static readonly TimeSpan FirstConflictPause = TimeSpan.FromMilliseconds(5);

    /// <summary>The longest pause before a retry after a deadlock or serialization failure.</summary>
    internal static readonly TimeSpan MaxConflictPause = TimeSpan.FromMilliseconds(100);

    private readonly PostgreSqlSignalStoreOptions _options;
    private readonly ILogger _logger;
    private readonly TimeProvider _timeProvider;
    private readonly NpgsqlDataSource _dataSource;
    private readonly string _location;
    private readonly string _schema; // the schema as a quoted identifier, for SQL text: names such as "user" are reserved words
    private readonly ResiliencePipeline _conflictRetry;
    private readonly SemaphoreSlim _openGate = new(1, 1);
    private readonly SemaphoreSlim _matchTurn = new(1, 1);
    private volatile bool _open;

    public PostgreSqlSignalStore(IOptions<PostgreSqlSignalStoreOptions> options, ILogger<PostgreSqlSignalStore>? logger = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _timeProvider = timeProvider ?? TimeProvider.System;
        _schema = $"\"{_options.Schema.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        var builder = new NpgsqlConnectionStringBuilder(_options.ConnectionString) { SearchPath = _schema };
        _location = $"{builder.Host}:{builder.Port}/{builder.Database}/{_options.Schema}";
        _dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        _conflictRetry = ConflictRetry(_options.MaxRetries, _timeProvider, OnConflictRetry);
    }

    /// <summary>
    /// The retry of a write rolled back by a deadlock or serialization failure: up to <paramref name="maxRetries"/>
    /// times, after an exponential pause with jitter (median <see cref="FirstConflictPause"/>, doubling, at most
    /// <see cref="MaxConflictPause"/>), so that the writers that collided do not collide again.
    /// </summary>
    internal static ResiliencePipeline ConflictRetry(int maxRetries, TimeProvider timeProvider, Func<OnRetryArguments<object>, ValueTask> onRetry) =>
        maxRetries == 0
            ? ResiliencePipeline.Empty
            : new ResiliencePipelineBuilder { TimeProvider = timeProvider }
                .AddRetry(new RetryStrategyOptions
                {
                    ShouldHandle = new PredicateBuilder().Handle<PostgresException>(PostgreSqlErrors.IsConflict),
                    MaxRetryAttempts = maxRetries,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    Delay = FirstConflictPause,
                    MaxDelay = MaxConflictPause,
                    OnRetry = onRetry,
                })
                .Build();

    private ValueTask OnConflictRetry(OnRetryArguments<object> retry)
    {
        var error = (PostgresException)retry.Outcome.Exception!;
        PostgreSqlLog.ConflictRetry(_logger, error, retry.Context.OperationKey ?? "write", error.SqlState, retry.AttemptNumber + 1, _options.MaxRetries + 1, retry.RetryDelay, _location);
        StoreTracing.Current?.AddEvent(new ActivityEvent("bellwether.store.retry", tags: new ActivityTagsCollection { ["db.response.status_code"] = error.SqlState, ["bellwether.store.attempt"] = retry.AttemptNumber + 1 }));
        return default;
    }

    public ValueTask<bool> ContainsArticleAsync(ArticleRecord article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        return RunAsync(
            "contains-article",
            async (connection, _) =>
            {
                using var command = Command(connection, "SELECT EXISTS (SELECT 1 FROM articles WHERE id = @id OR url = @url OR content_hash = @hash)", ("id", article.Id), ("url", article.Url?.AbsoluteUri), ("hash", article.ContentHash));
                return (bool)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            },
            transactional: false,
            cancellationToken);
    }

    public ValueTask<SaveResult> SaveAsync(SignalChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var plan = new SignalChangeSetPlan(changes);
        return RunAsync(
            "save",
            async (connection, _) =>
            {
                // Recording the article first makes a concurrent save of the same article wait, then see it as a duplicate.
                using (var record = Command(connection, "INSERT INTO articles (id, url, content_hash) VALUES (@id, @url, @hash) ON CONFLICT DO NOTHING", ("id", changes.Article.Id), ("url", changes.Article.Url?.AbsoluteUri), ("hash", changes.Article.ContentHash)))
                {
                    if (await record.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
                    {
                        return new SaveResult { IsDuplicateArticle = true };
                    }
                }

                var stored = await LockAsync(connection, plan.ReinforcedIds, plan.Bases, cancellationToken).ConfigureAwait(false);
                var reinforced = plan.Reinforce(stored);
                foreach (var signal in plan.Created)
                {
                    try
                    {
                        await WriteSignalAsync(connection, "INSERT INTO signals (id, version, strength, last_reinforced_at, body) VALUES (@id, @version, @strength, @at, @body)", signal, cancellationToken).ConfigureAwait(false);
                    }
                    catch (PostgresException error) when (PostgreSqlErrors.IsUniqueViolation(error, "signals_pkey"))
                    {
                        throw new DuplicateSignalException(signal.Id);
                    }

                    await InsertEvidenceAsync(connection, signal, 0, cancellationToken).ConfigureAwait(false);
                }

                foreach (var signal in reinforced)
                {
                    await UpdateAsync(connection, signal, stored[signal.Id], cancellationToken).ConfigureAwait(false);
                }

                var first = await TouchAsync(connection, [.. plan.Created.Concat(reinforced).Select(s => s.Id)], cancellationToken).ConfigureAwait(false);
                var last = first + plan.Created.Count + reinforced.Count - 1;
                if (changes.MatchRecord is { } matchRecord && last >= first)
                {
                    using var insert = Command(connection, "INSERT INTO match_records (sequence, article_id, body) VALUES (@sequence, @article, @body)", ("sequence", last), ("article", changes.Article.Id), ("body", matchRecord));
                    await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                return plan.ToSaveResult(reinforced, first, last);
            },
            transactional: true,
            cancellationToken);
    }

    public ValueTask<Signal> MergeAsync(string survivorId, string absorbedId, Func<Signal, Signal, Signal> merge, CancellationToken cancellationToken = default)
    {
        SignalStoreRules.ValidateMerge(survivorId, absorbedId, merge);
        return RunAsync(
            "merge",
            async (connection, _) =>
            {
                var stored = await LockAsync(connection, [.. new[] { survivorId, absorbedId }.Order(StringComparer.Ordinal)], bases: null, cancellationToken).ConfigureAwait(false);
                var survivor = stored.GetValueOrDefault(survivorId) ?? throw new SignalNotFoundException(survivorId);
                var absorbed = stored.GetValueOrDefault(absorbedId) ?? throw new SignalNotFoundException(absorbedId);
                var merged = SignalStoreRules.Merge(survivor, absorbed, merge);
                await UpdateAsync(connection, merged, survivor, cancellationToken).ConfigureAwait(false);
                using (var delete = Command(connection, "DELETE FROM signals WHERE id = @id", ("id", absorbedId))) // its evidence rows go with it
                {
                    await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await TouchAsync(connection, [absorbedId, survivorId], cancellationToken).ConfigureAwait(false);
                return merged;
            },
            transactional: true,
            cancellationToken);
    }

    public ValueTask<Signal?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return RunAsync(
            "get",
            async (connection, _) =>
            {
                using var command = Command(connection, $"SELECT {SignalColumns} FROM signals s WHERE s.id = @id", ("id", id));
                var signals = await ReadSignalsAsync(command, cancellationToken).ConfigureAwait(false);
                return signals.Count == 0 ? null : signals[0];
            },
            transactional: false,
            cancellationToken);
    }

    public ValueTask<SignalPage> QueryAsync(SignalQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        return RunAsync(
            "query",
            async (connection, _) =>
            {
                var where = new StringBuilder("strength >= @min");
                var parameters = new List<(string, object?)> { ("min", query.MinimumStrength) };
                AddListFilter(where, parameters, "topics", query.Topic);
                AddListFilter(where, parameters, "regions", RegionCodes.Normalise(query.Region));
                AddListFilter(where, parameters, "actors", query.Actor);
                if (query.ChangedSince is { } since)
                {
                    where.Append(" AND last_reinforced_at >= @since");
                    parameters.Add(("since", since.ToUniversalTime()));
                }

                var order = query.OrderBy == SignalOrder.RecentlyReinforced ? "last_reinforced_at DESC, id" : "strength DESC, last_reinforced_at DESC, id";
                int total;
                using (var count = Command(connection, $"SELECT count(*)::int FROM signals WHERE {where}", [.. parameters]))
                {
                    total = (int)(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
                }

                parameters.Add(("limit", query.Limit));
                parameters.Add(("offset", query.Offset));
                using var select = Command(connection, $"SELECT {SignalColumns} FROM signals s WHERE {where} ORDER BY {order} COLLATE \"C\" LIMIT @limit OFFSET @offset", [.. parameters]);
                var items = await ReadSignalsAsync(select, cancellationToken).ConfigureAwait(false);
                var next = query.Offset + items.Count < total ? query.Offset + items.Count : (int?)null;
                return new SignalPage(items, total, next);
            },
            transactional: false,
            cancellationToken);
    }

    public ValueTask<IReadOnlyList<MatchRecord>> ReadMatchRecordsAsync(long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        SignalStoreRules.ValidateFeedArguments(afterSequence, limit);
        return RunAsync<IReadOnlyList<MatchRecord>>(
            "read-match-records",
            async (connection, _) =>
            {
                using var command = Command(connection, "SELECT sequence, article_id, body FROM match_records WHERE sequence > @after ORDER BY sequence LIMIT @limit", ("after", afterSequence), ("limit", limit));
                using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var records = new List<MatchRecord>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    records.Add(new MatchRecord(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
                }

                return records;
            },
            transactional: false,
            cancellationToken);
    }

    public ValueTask<MatchCheckpoint?> ReadMatchCheckpointAsync(CancellationToken cancellationToken = default) =>
        RunAsync<MatchCheckpoint?>(
            "read-match-checkpoint",
            async (connection, _) =>
            {
                using var command = Command(connection, "SELECT sequence, body FROM match_checkpoint ORDER BY part");
                using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var (sequence, parts) = (0L, new List<byte[]>());
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    sequence = reader.GetInt64(0);
                    parts.Add(reader.GetFieldValue<byte[]>(1));
                }

                return parts.Count == 0 ? null : MatchCheckpoint.FromParts(sequence, parts);
            },
            transactional: false,
            cancellationToken);

    public ValueTask<bool> SaveMatchCheckpointAsync(MatchCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        SignalStoreRules.ValidateCheckpoint(checkpoint);
        return RunAsync(
            "save-match-checkpoint",
            async (connection, _) =>
            {
                // Two workers saving at once would interleave their parts: the second waits (readers do not).
                await ExecuteAsync(connection, "LOCK TABLE match_checkpoint IN SHARE ROW EXCLUSIVE MODE", cancellationToken).ConfigureAwait(false);
                using (var kept = Command(connection, "SELECT max(sequence) FROM match_checkpoint"))
                {
                    if (await kept.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long sequence && sequence >= checkpoint.Sequence)
                    {
                        return false;
                    }
                }

                await ExecuteAsync(connection, "DELETE FROM match_checkpoint", cancellationToken).ConfigureAwait(false);
                var part = 0;
                foreach (var body in checkpoint.Parts())
                {
                    using var insert = Command(connection, "INSERT INTO match_checkpoint (part, sequence, body) VALUES (@part, @sequence, @body)", ("part", part++), ("sequence", checkpoint.Sequence), ("body", body));
                    await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                return true;
            },
            transactional: true,
            cancellationToken);
    }

    public ValueTask<IReadOnlyList<SignalChange>> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        SignalStoreRules.ValidateFeedArguments(afterSequence, limit);
        return RunAsync<IReadOnlyList<SignalChange>>(
            "read-changes",
            async (connection, _) =>
            {
                const string Sql = $"""
                    SELECT c.sequence, c.signal_id, {SignalColumns}
                    FROM signal_changes c LEFT JOIN signals s ON s.id = c.signal_id
                    WHERE c.sequence > @after ORDER BY c.sequence LIMIT @limit
                    """;
                using var command = Command(connection, Sql, ("after", afterSequence), ("limit", limit));
                using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var changes = new List<SignalChange>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var signal = reader.IsDBNull(2) ? null : ReadSignal(reader, 2);
                    changes.Add(new SignalChange(reader.GetInt64(0), reader.GetString(1), signal));
                }

                return changes;
            },
            transactional: false,
            cancellationToken);
    }

    /// <summary>
    /// The turn of every worker on this schema: a session-level advisory lock held on a pooled connection of its own
    /// (so a worker uses one connection more during its turn); the wait is bounded by the connection's command timeout.
    /// </summary>
    public async ValueTask<IAsyncDisposable> AcquireMatchTurnAsync(CancellationToken cancellationToken = default)
    {
        await EnsureOpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await PostgreSqlMatchTurn.AcquireAsync(_dataSource, _options.Schema, _matchTurn, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error) when (error is not OperationCanceledException && PostgreSqlErrors.Translate(error, _location) is { } typed)
        {
            throw typed;
        }
    }

    public void Dispose()
    {
        _dataSource.Dispose();
        _openGate.Dispose();
        _matchTurn.Dispose();
    }

    /// <summary>
    /// Creates the schema or upgrades it to the current version; the store does this on first use. A store already at
    /// the current version is only read, so a role with rights on the store's tables but no CREATE privilege opens it.
    /// </summary>
    internal async ValueTask OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            if (await SchemaVersionAsync(connection, cancellationToken).ConfigureAwait(false) == PostgreSqlSchema.CurrentVersion)
            {
                return;
            }

            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                // One process migrates at a time; the others wait here, then find the work done.
                using (var lockSchema = Command(connection, "SELECT pg_advisory_xact_lock(hashtext('bellwether schema ' || @schema))", ("schema", _options.Schema)))
                {
                    await lockSchema.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                var version = await SchemaVersionAsync(connection, cancellationToken).ConfigureAwait(false);
                if (version > PostgreSqlSchema.CurrentVersion)
                {
                    throw new SignalStoreVersionException(_location, version, PostgreSqlSchema.CurrentVersion);
                }

                if (version < PostgreSqlSchema.CurrentVersion)
                {
                    using var exists = Command(connection, "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = @schema)", ("schema", _options.Schema));
                    if (!(bool)(await exists.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!)
                    {
                        // Only when missing: even CREATE SCHEMA IF NOT EXISTS needs CREATE on the database.
                        await ExecuteAsync(connection, $"CREATE SCHEMA {_schema}", cancellationToken).ConfigureAwait(false);
                    }

                    for (var next = version; next < PostgreSqlSchema.CurrentVersion; next++)
                    {
                        await ExecuteAsync(connection, PostgreSqlSchema.Migrations[next], cancellationToken).ConfigureAwait(false);
                    }

                    await ExecuteAsync(connection, $"CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL); DELETE FROM schema_version; INSERT INTO schema_version VALUES ({PostgreSqlSchema.CurrentVersion}); COMMENT ON TABLE schema_version IS '{PostgreSqlSchema.Marker}'", cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static void AddListFilter(StringBuilder where, List<(string, object?)> parameters, string field, string? value)
    {
        if (value is null)
        {
            return;
        }

        where.Append(System.Globalization.CultureInfo.InvariantCulture, $" AND EXISTS (SELECT 1 FROM jsonb_array_elements_text(body->'{field}') AS item(value) WHERE lower(item.value) = lower(@{field}))");
        parameters.Add((field, value));
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static async ValueTask ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The signal in the <see cref="SignalColumns"/> starting at column <paramref name="first"/>.</summary>
    private static Signal ReadSignal(NpgsqlDataReader reader, int first) =>
        StoredSignalJson.Deserialize(reader.GetString(first), reader.GetString(first + 1)) with { Version = reader.GetInt64(first + 2) };

    private static async ValueTask<List<Signal>> ReadSignalsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        var signals = new List<Signal>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            signals.Add(ReadSignal(reader, 0));
        }

        return signals;
    }

    /// <summary>
    /// Locks the rows of <paramref name="ids"/> and returns those signals as stored; a signal whose locked version is
    /// still that of its entry in <paramref name="bases"/> is taken from there instead of read again.
    /// </summary>
    private static async ValueTask<Dictionary<string, Signal>> LockAsync(NpgsqlConnection connection, IReadOnlyList<string> ids, IReadOnlyDictionary<string, Signal>? bases, CancellationToken cancellationToken)
    {
        var stored = new Dictionary<string, Signal>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return stored;
        }

        // Lock first, read after: a locking read that waited for another writer returns that writer's row, but its
        // snapshot (and so a subquery over the evidence) predates that commit; the next statement's snapshot does not.
        var toRead = new List<string>(ids.Count);
        using (var lockRows = Command(connection, "SELECT id, version FROM signals WHERE id = ANY(@ids) ORDER BY id COLLATE \"C\" FOR UPDATE", ("ids", ids.ToArray())))
        using (var reader = await lockRows.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var id = reader.GetString(0);
                if (bases?.GetValueOrDefault(id) is { } basis && basis.Version == reader.GetInt64(1))
                {
                    stored[id] = basis; // still the version the change was planned on: no need to read it again
                }
                else
                {
                    toRead.Add(id);
                }
            }
        }

        if (toRead.Count > 0)
        {
            using var command = Command(connection, $"SELECT {SignalColumns} FROM signals s WHERE s.id = ANY(@ids)", ("ids", toRead.ToArray()));
            foreach (var signal in await ReadSignalsAsync(command, cancellationToken).ConfigureAwait(false))
            {
                stored[signal.Id] = signal;
            }
        }

        return stored;
    }

    private static async ValueTask WriteSignalAsync(NpgsqlConnection connection, string sql, Signal signal, CancellationToken cancellationToken)
    {
        using var command = Command(connection, sql, ("id", signal.Id), ("version", signal.Version), ("strength", signal.Strength.Strength), ("at", signal.LastReinforcedAt.ToUniversalTime()));
        command.Parameters.Add(new NpgsqlParameter("body", NpgsqlDbType.Jsonb) { Value = StoredSignalJson.SerializeBody(signal) });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes <paramref name="signal"/> over <paramref name="stored"/>: its row, and of the evidence only the rows after those it keeps.</summary>
    private static async ValueTask UpdateAsync(NpgsqlConnection connection, Signal signal, Signal stored, CancellationToken cancellationToken)
    {
        await WriteSignalAsync(connection, UpdateSignal, signal, cancellationToken).ConfigureAwait(false);
        var kept = StoredSignalJson.KeptEvidence(stored.Evidence, signal.Evidence);
        if (kept < stored.Evidence.Count)
        {
            using var delete = Command(connection, "DELETE FROM signal_evidence WHERE signal_id = @id AND ordinal >= @kept", ("id", signal.Id), ("kept", kept));
            await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await InsertEvidenceAsync(connection, signal, kept, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Inserts the evidence rows of <paramref name="signal"/> from position <paramref name="from"/> on, in one statement.</summary>
    private static async ValueTask InsertEvidenceAsync(NpgsqlConnection connection, Signal signal, int from, CancellationToken cancellationToken)
    {
        if (from >= signal.Evidence.Count)
        {
            return;
        }

        const string Sql = """
            INSERT INTO signal_evidence (signal_id, ordinal, body)
            SELECT @id, @from + entry.position - 1, entry.body::jsonb FROM unnest(@bodies) WITH ORDINALITY AS entry(body, position)
            """;
        var bodies = new string[signal.Evidence.Count - from];
        for (var i = 0; i < bodies.Length; i++)
        {
            bodies[i] = StoredSignalJson.SerializeEvidence(signal.Evidence[from + i]);
        }

        using var command = Command(connection, Sql, ("id", signal.Id), ("from", from), ("bodies", bodies));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Takes the next sequences from the clock (locking it until commit, so commits publish in order) and records them,
    /// one per signal in order; returns the first (0 when there are none).
    /// </summary>
    private static async ValueTask<long> TouchAsync(NpgsqlConnection connection, IReadOnlyList<string> signalIds, CancellationToken cancellationToken)
    {
        if (signalIds.Count == 0)
        {
            return 0;
        }

        const string Sql = """
            WITH clock AS (UPDATE feed_clock SET sequence = sequence + @count WHERE id = 1 RETURNING sequence - @count AS start),
            touched AS (
                INSERT INTO signal_changes (signal_id, sequence)
                SELECT ids.id, clock.start + ids.position FROM clock, unnest(@ids) WITH ORDINALITY AS ids(id, position)
                ON CONFLICT (signal_id) DO UPDATE SET sequence = excluded.sequence
                RETURNING sequence)
            SELECT min(sequence) FROM touched
            """;
        using var command = Command(connection, Sql, ("count", (long)signalIds.Count), ("ids", signalIds.ToArray()));
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The version of the store's schema: 0 when the schema is missing or empty. Tables in it must be Bellwether's:
    /// <c>schema_version</c> carrying <see cref="PostgreSqlSchema.Marker"/>, or (stores created before the marker)
    /// all of <see cref="PostgreSqlSchema.Tables"/>, with an integer version; anything else is another program's.
    /// </summary>
    private async ValueTask<int> SchemaVersionAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // The catalog lists every table whatever the role's privileges; information_schema shows only those it may use.
        const string Tables = """
            SELECT array_agg(c.relname::text ORDER BY c.relname),
                   coalesce(bool_or(c.relname = 'schema_version' AND obj_description(c.oid, 'pg_class') = @marker), false),
                   coalesce(bool_or(c.relname = 'schema_version' AND EXISTS (
                       SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'version' AND a.atttypid = 'integer'::regtype AND NOT a.attisdropped)), false)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = @schema AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
            """;
        string[] names;
        bool marked, integerVersion;
        using (var tables = Command(connection, Tables, ("schema", _options.Schema), ("marker", PostgreSqlSchema.Marker)))
        using (var reader = await tables.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            (names, marked, integerVersion) = (reader.IsDBNull(0) ? [] : reader.GetFieldValue<string[]>(0), reader.GetBoolean(1), reader.GetBoolean(2));
        }

        if (names.Length == 0)
        {
            return 0;
        }

        if (!integerVersion || !(marked || PostgreSqlSchema.Tables.All(names.Contains)))
        {
            throw new SignalStoreCorruptException(_location, $"the schema holds tables of another program ({string.Join(", ", names)}); they were left alone.");
        }

        using var version = new NpgsqlCommand($"SELECT max(version) FROM {_schema}.schema_version", connection);
        return await version.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is int found and > 0
            ? found
            : throw new SignalStoreCorruptException(_location, "its schema_version table holds no version.");
    }

    private async ValueTask EnsureOpenAsync(CancellationToken cancellationToken)
    {
        if (_open)
        {
            return;
        }

        await _openGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_open)
            {
                await OpenAsync(cancellationToken).ConfigureAwait(false);
                _open = true;
            }
        }
        catch (Exception error) when (PostgreSqlErrors.Translate(error, _location) is { } typed)
        {
            throw typed;
        }
        finally
        {
            _openGate.Release();
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> on a pooled connection, in a transaction when <paramref name="transactional"/>.
    /// A deadlock or serialization failure rolled the whole write back: it is logged and run again from the start
    /// after a short pause with jitter (a Polly retry), up to <see cref="PostgreSqlSignalStoreOptions.MaxRetries"/> times, then the error
    /// surfaces (logged too). A write slower than <see cref="PostgreSqlSignalStoreOptions.SlowWriteThreshold"/> is logged.
    /// </summary>
    private async ValueTask<T> RunAsync<T>(string operation, Func<NpgsqlConnection, NpgsqlTransaction?, ValueTask<T>> work, bool transactional, CancellationToken cancellationToken)
    {
        using var activity = StoreTracing.Start("postgresql", operation, _location);
        try
        {
            return await RunCoreAsync(operation, work, transactional, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            StoreTracing.Failed(activity, error);
            throw;
        }
    }

    private async ValueTask<T> RunCoreAsync<T>(string operation, Func<NpgsqlConnection, NpgsqlTransaction?, ValueTask<T>> work, bool transactional, CancellationToken cancellationToken)
    {
        await EnsureOpenAsync(cancellationToken).ConfigureAwait(false);
        var started = _timeProvider.GetTimestamp();
        var attempts = 0;
        var context = ResilienceContextPool.Shared.Get(operation, cancellationToken);
        try
        {
            var result = await _conflictRetry.ExecuteAsync(
                async context =>
                {
                    attempts++;
                    return await AttemptAsync(work, transactional, context.CancellationToken).ConfigureAwait(false);
                },
                context).ConfigureAwait(false);
            var elapsed = _timeProvider.GetElapsedTime(started);
            if (transactional && _options.SlowWriteThreshold > TimeSpan.Zero && elapsed > _options.SlowWriteThreshold)
            {
                PostgreSqlLog.SlowWrite(_logger, operation, elapsed, _options.SlowWriteThreshold, attempts, _location);
            }

            return result;
        }
        catch (PostgresException error) when (PostgreSqlErrors.IsConflict(error))
        {
            PostgreSqlLog.ConflictGaveUp(_logger, error, operation, error.SqlState, attempts, _location);
            throw;
        }
        catch (Exception error) when (error is not SignalStoreException && PostgreSqlErrors.Translate(error, _location) is { } typed)
        {
            throw typed;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>One attempt of <paramref name="work"/> on a pooled connection, committed when <paramref name="transactional"/>.</summary>
    private async ValueTask<T> AttemptAsync<T>(Func<NpgsqlConnection, NpgsqlTransaction?, ValueTask<T>> work, bool transactional, CancellationToken cancellationToken)
    {
        var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            if (!transactional)
            {
                return await work(connection, null).ConfigureAwait(false);
            }

            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var result = await work(connection, transaction).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
        }
    }
}
