using System.Globalization;
using System.Text;
using Bellwether.Storage.Internal;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SQLitePCL;

namespace Bellwether.Sqlite.Internal;

/// <summary>
/// Signals in one SQLite file: WAL so readers never wait for the writer, every write one <c>BEGIN IMMEDIATE</c>
/// transaction (serialised across processes by SQLite's write lock and the busy timeout), a versioned schema.
/// </summary>
internal sealed class SqliteSignalStore : ISignalStore, IDisposable
{
    /// <summary>
    /// The collation of the topic, region and actor filters: .NET's ordinal ignore-case comparison, as the in-memory
    /// store uses, so "Énergie" matches "énergie" (SQLite's NOCASE folds ASCII letters only).
    /// </summary>
    private const string IgnoreCaseCollation = "BELLWETHER_IGNORE_CASE";

    /// <summary>
    /// The columns <see cref="ReadSignal"/> reads for a row <c>s</c> of <c>signals</c>: its body, its evidence rows in
    /// order joined as one JSON array (text only, nothing parsed), its version. The evidence is read in the statement
    /// that reads the signals, so a page and its evidence are one query and one snapshot.
    /// </summary>
    private const string SignalColumns = "s.body, (SELECT '[' || coalesce(group_concat(e.body, ',' ORDER BY e.ordinal), '') || ']' FROM signal_evidence e WHERE e.signal_id = s.id), s.version";

    private static readonly TimeSpan MaxLockPause = TimeSpan.FromMilliseconds(50);
    private readonly SqliteSignalStoreOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly string _path;
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly SemaphoreSlim _openGate = new(1, 1);
    private readonly SemaphoreSlim _matchTurn = new(1, 1);
    private volatile bool _open;

    public SqliteSignalStore(IOptions<SqliteSignalStoreOptions> options, TimeProvider timeProvider, ILogger<SqliteSignalStore>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _options = options.Value;
        _timeProvider = timeProvider;
        _logger = logger ?? (ILogger)NullLogger.Instance;
        _path = Path.GetFullPath(_options.DatabasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = Math.Max(1, (int)Math.Ceiling(_options.BusyTimeout.TotalSeconds)), // 0 would mean wait forever
        }.ToString();
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath => _path;

    public ValueTask<bool> ContainsArticleAsync(ArticleRecord article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        return ReadAsync("contains-article", connection => ArticleExistsAsync(connection, article, cancellationToken), cancellationToken);
    }

    public ValueTask<SaveResult> SaveAsync(SignalChangeSet changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var plan = new SignalChangeSetPlan(changes);
        return WriteAsync("save", async connection =>
        {
            if (await ArticleExistsAsync(connection, changes.Article, cancellationToken).ConfigureAwait(false))
            {
                return new SaveResult { IsDuplicateArticle = true };
            }

            foreach (var signal in changes.Created)
            {
                if (await LoadAsync(connection, signal.Id, cancellationToken).ConfigureAwait(false) is not null)
                {
                    throw new DuplicateSignalException(signal.Id);
                }
            }

            var stored = new Dictionary<string, Signal>(StringComparer.Ordinal);
            foreach (var id in plan.ReinforcedIds)
            {
                stored[id] = plan.Bases.TryGetValue(id, out var basis) && await StoredVersionAsync(connection, id, cancellationToken).ConfigureAwait(false) == basis.Version
                    ? basis // still the version the change was planned on: no need to read it again
                    : await LoadAsync(connection, id, cancellationToken).ConfigureAwait(false) ?? throw new SignalNotFoundException(id);
            }

            var reinforced = plan.Reinforce(stored);
            var first = await NextSequenceAsync(connection, cancellationToken).ConfigureAwait(false);
            var sequence = first;
            foreach (var signal in plan.Created)
            {
                await InsertAsync(connection, signal, cancellationToken).ConfigureAwait(false);
                await TouchAsync(connection, signal.Id, sequence++, cancellationToken).ConfigureAwait(false);
            }

            foreach (var signal in reinforced)
            {
                await UpdateAsync(connection, signal, stored[signal.Id], cancellationToken).ConfigureAwait(false);
                await TouchAsync(connection, signal.Id, sequence++, cancellationToken).ConfigureAwait(false);
            }

            await RecordArticleAsync(connection, changes.Article, cancellationToken).ConfigureAwait(false);
            if (changes.MatchRecord is { } record && sequence > first)
            {
                await ExecuteAsync(
                    connection,
                    null,
                    "INSERT INTO match_records (sequence, article_id, body) VALUES ($sequence, $article, $body)",
                    cancellationToken,
                    ("$sequence", sequence - 1),
                    ("$article", changes.Article.Id),
                    ("$body", record)).ConfigureAwait(false);
            }

            return plan.ToSaveResult(reinforced, first, sequence - 1);
        }, cancellationToken);
    }

    public ValueTask<Signal> MergeAsync(string survivorId, string absorbedId, Func<Signal, Signal, Signal> merge, CancellationToken cancellationToken = default)
    {
        SignalStoreRules.ValidateMerge(survivorId, absorbedId, merge);
        return WriteAsync("merge", async connection =>
        {
            var survivor = await LoadAsync(connection, survivorId, cancellationToken).ConfigureAwait(false) ?? throw new SignalNotFoundException(survivorId);
            var absorbed = await LoadAsync(connection, absorbedId, cancellationToken).ConfigureAwait(false) ?? throw new SignalNotFoundException(absorbedId);
            var merged = SignalStoreRules.Merge(survivor, absorbed, merge);
            await UpdateAsync(connection, merged, survivor, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, null, "DELETE FROM signals WHERE id = $id", cancellationToken, ("$id", absorbedId)).ConfigureAwait(false); // its evidence rows go with it
            var sequence = await NextSequenceAsync(connection, cancellationToken).ConfigureAwait(false);
            await TouchAsync(connection, absorbedId, sequence, cancellationToken).ConfigureAwait(false);
            await TouchAsync(connection, survivorId, sequence + 1, cancellationToken).ConfigureAwait(false);
            return merged;
        }, cancellationToken);
    }

    public ValueTask<Signal?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ReadAsync("get", connection => LoadAsync(connection, id, cancellationToken), cancellationToken);
    }

    public ValueTask<SignalPage> QueryAsync(SignalQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        query.Validate();
        return ReadAsync("query", async connection =>
        {
            var where = new StringBuilder("strength >= $min");
            var parameters = new List<(string, object?)> { ("$min", query.MinimumStrength) };
            AddListFilter(where, parameters, "topics", query.Topic);
            AddListFilter(where, parameters, "regions", RegionCodes.Normalise(query.Region));
            AddListFilter(where, parameters, "actors", query.Actor);
            if (query.ChangedSince is { } since)
            {
                where.Append(" AND last_reinforced_at >= $since");
                parameters.Add(("$since", since.UtcTicks));
            }

            var order = query.OrderBy == SignalOrder.RecentlyReinforced
                ? "last_reinforced_at DESC, id"
                : "strength DESC, last_reinforced_at DESC, id";
            var total = Convert.ToInt32(await ScalarAsync(connection, null, $"SELECT count(*) FROM signals WHERE {where}", cancellationToken, [.. parameters]).ConfigureAwait(false), CultureInfo.InvariantCulture);
            parameters.Add(("$limit", query.Limit));
            parameters.Add(("$offset", query.Offset));
            var items = new List<Signal>();
            using (var command = Command(connection, null, $"SELECT {SignalColumns} FROM signals s WHERE {where} ORDER BY {order} LIMIT $limit OFFSET $offset", [.. parameters]))
            using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    items.Add(ReadSignal(reader, 0));
                }
            }

            var next = query.Offset + items.Count < total ? query.Offset + items.Count : (int?)null;
            return new SignalPage(items, total, next);
        }, cancellationToken);
    }

    public ValueTask<IReadOnlyList<SignalChange>> ReadChangesAsync(long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        SignalStoreRules.ValidateFeedArguments(afterSequence, limit);
        return ReadAsync<IReadOnlyList<SignalChange>>("read-changes", async connection =>
        {
            const string Sql = $"""
                SELECT c.sequence, c.signal_id, {SignalColumns}
                FROM signal_changes c LEFT JOIN signals s ON s.id = c.signal_id
                WHERE c.sequence > $after ORDER BY c.sequence LIMIT $limit
                """;
            var changes = new List<SignalChange>();
            using var command = Command(connection, null, Sql, ("$after", afterSequence), ("$limit", limit));
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var signal = reader.IsDBNull(2) ? null : ReadSignal(reader, 2);
                changes.Add(new SignalChange(reader.GetInt64(0), reader.GetString(1), signal));
            }

            return changes;
        }, cancellationToken);
    }

    public ValueTask<IReadOnlyList<MatchRecord>> ReadMatchRecordsAsync(long afterSequence, int limit, CancellationToken cancellationToken = default)
    {
        SignalStoreRules.ValidateFeedArguments(afterSequence, limit);
        return ReadAsync<IReadOnlyList<MatchRecord>>("read-match-records", async connection =>
        {
            var records = new List<MatchRecord>();
            using var command = Command(connection, null, "SELECT sequence, article_id, body FROM match_records WHERE sequence > $after ORDER BY sequence LIMIT $limit", ("$after", afterSequence), ("$limit", limit));
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                records.Add(new MatchRecord(reader.GetInt64(0), reader.GetString(1), reader.GetString(2)));
            }

            return records;
        }, cancellationToken);
    }

    public ValueTask<MatchCheckpoint?> ReadMatchCheckpointAsync(CancellationToken cancellationToken = default) =>
        ReadAsync<MatchCheckpoint?>("read-match-checkpoint", async connection =>
        {
            using var command = Command(connection, null, "SELECT sequence, body FROM match_checkpoint ORDER BY part");
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var (sequence, parts) = (0L, new List<byte[]>());
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                sequence = reader.GetInt64(0);
                parts.Add((byte[])reader.GetValue(1));
            }

            return parts.Count == 0 ? null : MatchCheckpoint.FromParts(sequence, parts);
        }, cancellationToken);

    public ValueTask<bool> SaveMatchCheckpointAsync(MatchCheckpoint checkpoint, CancellationToken cancellationToken = default)
    {
        SignalStoreRules.ValidateCheckpoint(checkpoint);
        return WriteAsync("save-match-checkpoint", async connection =>
        {
            if (await ScalarAsync(connection, null, "SELECT max(sequence) FROM match_checkpoint", cancellationToken).ConfigureAwait(false) is long kept && kept >= checkpoint.Sequence)
            {
                return false;
            }

            await ExecuteAsync(connection, null, "DELETE FROM match_checkpoint", cancellationToken).ConfigureAwait(false);
            var part = 0;
            foreach (var body in checkpoint.Parts())
            {
                await ExecuteAsync(
                    connection,
                    null,
                    "INSERT INTO match_checkpoint (part, sequence, body) VALUES ($part, $sequence, $body)",
                    cancellationToken,
                    ("$part", part++),
                    ("$sequence", checkpoint.Sequence),
                    ("$body", body)).ConfigureAwait(false);
            }

            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// The turn of every process on this file: an unshared handle on <c>{database}-turn</c>, queued for through
    /// <c>{database}-turn-queue</c> and waited for up to <see cref="SqliteSignalStoreOptions.BusyTimeout"/>. The database
    /// is opened (created or upgraded) first.
    /// </summary>
    public async ValueTask<IAsyncDisposable> AcquireMatchTurnAsync(CancellationToken cancellationToken = default)
    {
        await EnsureOpenAsync(cancellationToken).ConfigureAwait(false);
        return await SqliteMatchTurn.AcquireAsync(_path + "-turn", _matchTurn, _options.BusyTimeout, _timeProvider, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _writeGate.Dispose();
        _matchTurn.Dispose();
        _openGate.Dispose();
        using var pooled = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(pooled); // release this file's pooled handles (and its WAL) now
    }

    /// <summary>Creates or upgrades the schema up to <paramref name="targetVersion"/>; the store does this on first use.</summary>
    internal async ValueTask OpenAsync(int targetVersion, CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            throw new SignalStoreUnavailableException(_path, error);
        }

        using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        // One statement reads one snapshot: another store may be creating the schema at this very moment.
        const string Header = "SELECT (SELECT application_id FROM pragma_application_id), (SELECT user_version FROM pragma_user_version), (SELECT count(*) FROM sqlite_schema)";
        int applicationId, version;
        long tables;
        using (var command = Command(connection, null, Header))
        using (var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            (applicationId, version, tables) = (reader.GetInt32(0), reader.GetInt32(1), reader.GetInt64(2));
        }

        if (applicationId != SqliteSchema.ApplicationId)
        {
            if (applicationId != 0 || version != 0 || tables != 0)
            {
                throw new SignalStoreCorruptException(_path, $"it is a SQLite database of another program (application_id {applicationId:x8}, {tables} schema object(s), user_version {version}).");
            }
        }

        if (version > SqliteSchema.CurrentVersion)
        {
            throw new SignalStoreVersionException(_path, version, SqliteSchema.CurrentVersion);
        }

        await ScalarAsync(connection, null, "PRAGMA journal_mode = WAL", cancellationToken).ConfigureAwait(false);
        if (version >= targetVersion)
        {
            return;
        }

        using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        version = await UserVersionAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        for (; version < targetVersion; version++)
        {
            await ExecuteAsync(connection, transaction, SqliteSchema.Migrations[version], cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync(connection, transaction, $"PRAGMA application_id = {SqliteSchema.ApplicationId}; PRAGMA user_version = {targetVersion}", cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<int> UserVersionAsync(SqliteConnection connection, SqliteTransaction? transaction, CancellationToken cancellationToken) =>
        Convert.ToInt32(await ScalarAsync(connection, transaction, "PRAGMA user_version", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);

    private static void AddListFilter(StringBuilder where, List<(string, object?)> parameters, string field, string? value)
    {
        if (value is null)
        {
            return;
        }

        var name = "$" + field;
        where.Append(CultureInfo.InvariantCulture, $" AND EXISTS (SELECT 1 FROM json_each(body, '$.{field}') WHERE value = {name} COLLATE {IgnoreCaseCollation})");
        parameters.Add((name, value));
    }

    /// <summary>The signal in the <see cref="SignalColumns"/> starting at column <paramref name="first"/>.</summary>
    private static Signal ReadSignal(SqliteDataReader reader, int first) =>
        StoredSignalJson.Deserialize(reader.GetString(first), reader.GetString(first + 1)) with { Version = reader.GetInt64(first + 2) };

    private static async ValueTask<bool> ArticleExistsAsync(SqliteConnection connection, ArticleRecord article, CancellationToken cancellationToken)
    {
        const string Sql = "SELECT EXISTS (SELECT 1 FROM articles WHERE id = $id OR url = $url OR content_hash = $hash)";
        var found = await ScalarAsync(connection, null, Sql, cancellationToken, ("$id", article.Id), ("$url", article.Url?.AbsoluteUri), ("$hash", article.ContentHash)).ConfigureAwait(false);
        return Convert.ToInt64(found, CultureInfo.InvariantCulture) != 0;
    }

    private static ValueTask RecordArticleAsync(SqliteConnection connection, ArticleRecord article, CancellationToken cancellationToken) =>
        ExecuteAsync(connection, null, "INSERT INTO articles (id, url, content_hash) VALUES ($id, $url, $hash)", cancellationToken, ("$id", article.Id), ("$url", article.Url?.AbsoluteUri), ("$hash", article.ContentHash));

    private static async ValueTask<Signal?> LoadAsync(SqliteConnection connection, string id, CancellationToken cancellationToken)
    {
        using var command = Command(connection, null, $"SELECT {SignalColumns} FROM signals s WHERE s.id = $id", ("$id", id));
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? ReadSignal(reader, 0)
            : null;
    }

    /// <summary>The version of the stored signal <paramref name="id"/>, or null when there is none; reads no body and no evidence.</summary>
    private static async ValueTask<long?> StoredVersionAsync(SqliteConnection connection, string id, CancellationToken cancellationToken) =>
        await ScalarAsync(connection, null, "SELECT version FROM signals WHERE id = $id", cancellationToken, ("$id", id)).ConfigureAwait(false) is long version ? version : null;

    private static async ValueTask InsertAsync(SqliteConnection connection, Signal signal, CancellationToken cancellationToken)
    {
        await ExecuteAsync(
            connection,
            null,
            "INSERT INTO signals (id, version, strength, last_reinforced_at, body) VALUES ($id, $version, $strength, $at, $body)",
            cancellationToken,
            ("$id", signal.Id),
            ("$version", signal.Version),
            ("$strength", signal.Strength.Strength),
            ("$at", signal.LastReinforcedAt.UtcTicks),
            ("$body", StoredSignalJson.SerializeBody(signal))).ConfigureAwait(false);
        await InsertEvidenceAsync(connection, signal, 0, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Writes <paramref name="signal"/> over <paramref name="stored"/>: its row, and of the evidence only the rows after those it keeps.</summary>
    private static async ValueTask UpdateAsync(SqliteConnection connection, Signal signal, Signal stored, CancellationToken cancellationToken)
    {
        const string Sql = "UPDATE signals SET version = $version, strength = $strength, last_reinforced_at = $at, body = $body WHERE id = $id AND version = $expected";
        using var command = Command(
            connection,
            null,
            Sql,
            ("$id", signal.Id),
            ("$version", signal.Version),
            ("$strength", signal.Strength.Strength),
            ("$at", signal.LastReinforcedAt.UtcTicks),
            ("$body", StoredSignalJson.SerializeBody(signal)),
            ("$expected", stored.Version));
        if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
        {
            // Unreachable while the write lock is held; kept so a broken lock can never lose an update silently.
            throw new SignalStoreException($"Signal '{signal.Id}' changed during a write that held the lock.");
        }

        var kept = StoredSignalJson.KeptEvidence(stored.Evidence, signal.Evidence);
        if (kept < stored.Evidence.Count)
        {
            await ExecuteAsync(connection, null, "DELETE FROM signal_evidence WHERE signal_id = $id AND ordinal >= $kept", cancellationToken, ("$id", signal.Id), ("$kept", kept)).ConfigureAwait(false);
        }

        await InsertEvidenceAsync(connection, signal, kept, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Inserts the evidence rows of <paramref name="signal"/> from position <paramref name="from"/> on, through one prepared statement.</summary>
    private static async ValueTask InsertEvidenceAsync(SqliteConnection connection, Signal signal, int from, CancellationToken cancellationToken)
    {
        if (from >= signal.Evidence.Count)
        {
            return;
        }

        using var command = Command(connection, null, "INSERT INTO signal_evidence (signal_id, ordinal, body) VALUES ($id, $ordinal, $body)", ("$id", signal.Id), ("$ordinal", 0), ("$body", string.Empty));
        for (var ordinal = from; ordinal < signal.Evidence.Count; ordinal++)
        {
            command.Parameters["$ordinal"].Value = ordinal;
            command.Parameters["$body"].Value = StoredSignalJson.SerializeEvidence(signal.Evidence[ordinal]);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private static async ValueTask<long> NextSequenceAsync(SqliteConnection connection, CancellationToken cancellationToken) =>
        Convert.ToInt64(await ScalarAsync(connection, null, "SELECT coalesce(max(sequence), 0) + 1 FROM signal_changes", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);

    private static ValueTask TouchAsync(SqliteConnection connection, string signalId, long sequence, CancellationToken cancellationToken) =>
        ExecuteAsync(
            connection,
            null,
            "INSERT INTO signal_changes (signal_id, sequence) VALUES ($id, $sequence) ON CONFLICT (signal_id) DO UPDATE SET sequence = excluded.sequence",
            cancellationToken,
            ("$id", signalId),
            ("$sequence", sequence));

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    private static async ValueTask ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<object?> ScalarAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<SqliteConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            connection.CreateCollation(IgnoreCaseCollation, static (left, right) => string.Compare(left, right, StringComparison.OrdinalIgnoreCase));
            var pragmas = $"PRAGMA busy_timeout = {(long)_options.BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;";
            if (_options.MaxDatabaseSize is { } maxSize)
            {
                var pageSize = Convert.ToInt64(await ScalarAsync(connection, null, "PRAGMA page_size", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
                pragmas += $" PRAGMA max_page_count = {Math.Max(1, maxSize / pageSize)};";
            }

            await ExecuteAsync(connection, null, pragmas, cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
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
                await OpenAsync(SqliteSchema.CurrentVersion, cancellationToken).ConfigureAwait(false);
                _open = true;
            }
        }
        catch (SqliteException error) when (SqliteErrors.Translate(error, _path) is { } typed)
        {
            throw typed;
        }
        finally
        {
            _openGate.Release();
        }
    }

    /// <summary>Runs <paramref name="read"/> on a pooled connection, traced as a <c>bellwether.store</c> activity.</summary>
    private async ValueTask<T> ReadAsync<T>(string operation, Func<SqliteConnection, ValueTask<T>> read, CancellationToken cancellationToken)
    {
        using var activity = StoreTracing.Start("sqlite", operation, _path);
        try
        {
            return await ReadCoreAsync(read, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            StoreTracing.Failed(activity, error);
            throw;
        }
    }

    /// <summary>Runs <paramref name="write"/> (see <see cref="WriteCoreAsync"/>), traced as a <c>bellwether.store</c> activity.</summary>
    private async ValueTask<T> WriteAsync<T>(string operation, Func<SqliteConnection, ValueTask<T>> write, CancellationToken cancellationToken)
    {
        using var activity = StoreTracing.Start("sqlite", operation, _path);
        try
        {
            return await WriteCoreAsync(operation, write, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception error)
        {
            StoreTracing.Failed(activity, error);
            throw;
        }
    }

    private async ValueTask<T> ReadCoreAsync<T>(Func<SqliteConnection, ValueTask<T>> read, CancellationToken cancellationToken)
    {
        await EnsureOpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
            return await read(connection).ConfigureAwait(false);
        }
        catch (SqliteException error) when (SqliteErrors.Translate(error, _path) is { } typed)
        {
            throw typed;
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> in one transaction holding the write lock. The transaction is begun here, not by
    /// Microsoft.Data.Sqlite (whose busy wait ignores the token and never ends when its timeout is 0), so commands run
    /// without a transaction object and the finally block makes sure no pooled connection keeps one open. A write
    /// that waited for another connection's lock, or took longer than
    /// <see cref="SqliteSignalStoreOptions.SlowWriteThreshold"/> from call to commit, is logged.
    /// </summary>
    private async ValueTask<T> WriteCoreAsync<T>(string operation, Func<SqliteConnection, ValueTask<T>> write, CancellationToken cancellationToken)
    {
        await EnsureOpenAsync(cancellationToken).ConfigureAwait(false);
        var started = _timeProvider.GetTimestamp();
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
            if (await BeginImmediateAsync(connection, cancellationToken).ConfigureAwait(false) is { } waited)
            {
                SqliteLog.LockWaited(_logger, operation, waited, _path);
                StoreTracing.Current?.SetTag("bellwether.store.lock_wait", waited.TotalSeconds);
            }

            try
            {
                var result = await write(connection).ConfigureAwait(false);
                await ExecuteAsync(connection, null, "COMMIT", cancellationToken).ConfigureAwait(false);
                var elapsed = _timeProvider.GetElapsedTime(started);
                if (_options.SlowWriteThreshold > TimeSpan.Zero && elapsed > _options.SlowWriteThreshold)
                {
                    SqliteLog.SlowWrite(_logger, operation, elapsed, _options.SlowWriteThreshold, _path);
                }

                return result;
            }
            finally
            {
                if (raw.sqlite3_get_autocommit(connection.Handle) == 0)
                {
                    raw.sqlite3_exec(connection.Handle, "ROLLBACK");
                }
            }
        }
        catch (SqliteException error) when (SqliteErrors.Translate(error, _path) is { } typed)
        {
            throw typed;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>
    /// Takes SQLite's write lock (<c>BEGIN IMMEDIATE</c>), retrying while another connection holds it until
    /// <see cref="SqliteSignalStoreOptions.BusyTimeout"/> has passed on the <see cref="TimeProvider"/> (a zero timeout
    /// tries once), observing the token between tries.
    /// </summary>
    /// <returns>How long it waited for another connection's lock; null when the lock was free at once.</returns>
    /// <exception cref="SignalStoreUnavailableException">The lock stayed taken for the whole busy timeout.</exception>
    private async ValueTask<TimeSpan?> BeginImmediateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var started = _timeProvider.GetTimestamp();
        var pause = TimeSpan.FromMilliseconds(1);
        var waited = false;
        raw.sqlite3_busy_timeout(connection.Handle, 0); // each try returns at once; the waiting happens here
        try
        {
            while (true)
            {
                var result = raw.sqlite3_exec(connection.Handle, "BEGIN IMMEDIATE");
                if (result == raw.SQLITE_OK)
                {
                    return waited ? _timeProvider.GetElapsedTime(started) : null;
                }

                if ((result & 0xFF) is not (raw.SQLITE_BUSY or raw.SQLITE_LOCKED))
                {
                    SqliteException.ThrowExceptionForRC(result, connection.Handle);
                }

                var remaining = _options.BusyTimeout - _timeProvider.GetElapsedTime(started);
                if (remaining <= TimeSpan.Zero)
                {
                    throw new SignalStoreUnavailableException(_path, $"another connection or process held the write lock for the whole busy timeout ({_options.BusyTimeout})", null);
                }

                waited = true;
                await Task.Delay(pause < remaining ? pause : remaining, _timeProvider, cancellationToken).ConfigureAwait(false);
                pause = TimeSpan.FromTicks(Math.Min(pause.Ticks * 2, MaxLockPause.Ticks));
            }
        }
        finally
        {
            raw.sqlite3_busy_timeout(connection.Handle, (int)_options.BusyTimeout.TotalMilliseconds);
        }
    }
}
