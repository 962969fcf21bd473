namespace Bellwether.Sqlite.Internal;

/// <summary>The schema, one forward migration per version (<c>PRAGMA user_version</c> holds the version reached).</summary>
/// <remarks>The evidence rows rely on <c>PRAGMA foreign_keys = ON</c>, which every connection of the store sets, to go with their signal.</remarks>
internal static class SqliteSchema
{
    /// <summary>Marks the file as a Bellwether store (<c>PRAGMA application_id</c>, "BWSG").</summary>
    public const int ApplicationId = 0x42575347;

    /// <summary>Migration i (0-based) takes the schema from version i to version i + 1.</summary>
    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: articles seen, signals with their JSON body, the change feed.
        """
        CREATE TABLE articles (
            id TEXT NOT NULL PRIMARY KEY,
            url TEXT UNIQUE,
            content_hash TEXT NOT NULL UNIQUE
        ) STRICT;
        CREATE TABLE signals (
            id TEXT NOT NULL PRIMARY KEY,
            version INTEGER NOT NULL,
            strength INTEGER NOT NULL,
            last_reinforced_at INTEGER NOT NULL,
            body TEXT NOT NULL CHECK (json_valid(body))
        ) STRICT;
        CREATE INDEX signals_by_strength ON signals (strength DESC, last_reinforced_at DESC, id);
        CREATE TABLE signal_changes (
            signal_id TEXT NOT NULL PRIMARY KEY,
            sequence INTEGER NOT NULL UNIQUE
        ) STRICT;
        """,

        // 2: listing by recency without a sort.
        "CREATE INDEX signals_by_recency ON signals (last_reinforced_at DESC, id);",

        // 3: each evidence entry a row of its own, so a reinforcement writes its new entry instead of the signal's
        // whole evidence; the entries of existing signals move out of their bodies, in order.
        """
        CREATE TABLE signal_evidence (
            signal_id TEXT NOT NULL REFERENCES signals (id) ON DELETE CASCADE,
            ordinal INTEGER NOT NULL,
            body TEXT NOT NULL CHECK (json_valid(body)),
            PRIMARY KEY (signal_id, ordinal)
        ) STRICT;
        INSERT INTO signal_evidence (signal_id, ordinal, body)
        SELECT s.id, e.key, e.value FROM signals s, json_each(s.body, '$.evidence') e;
        UPDATE signals SET body = json_set(body, '$.evidence', json('[]'));
        """,

        // 4: the matcher's record of each article (opaque text), keyed by the change-feed sequence of the write that
        // saved it, so that a restart replays them in arrival order. Older articles have none.
        """
        CREATE TABLE match_records (
            sequence INTEGER NOT NULL PRIMARY KEY,
            article_id TEXT NOT NULL,
            body TEXT NOT NULL
        ) STRICT;
        """,

        // 5: the latest checkpoint of the matcher's index (opaque bytes, in parts below SQLite's limit on one value)
        // and the sequence it caught up to, so that a fresh process replays only the records after it.
        """
        CREATE TABLE match_checkpoint (
            part INTEGER NOT NULL PRIMARY KEY,
            sequence INTEGER NOT NULL,
            body BLOB NOT NULL
        ) STRICT;
        """,
    ];

    /// <summary>The version this build creates and understands.</summary>
    public static int CurrentVersion => Migrations.Count;
}
