namespace Bellwether.PostgreSql.Internal;

/// <summary>The schema, one forward migration per version (the <c>schema_version</c> table holds the version reached).</summary>
internal static class PostgreSqlSchema
{
    /// <summary>Migration i (0-based) takes the schema from version i to version i + 1.</summary>
    public static readonly IReadOnlyList<string> Migrations =
    [
        // 1: articles seen, signals with their JSON body, the change feed and the clock that orders it.
        """
        CREATE TABLE articles (
            id text PRIMARY KEY,
            url text UNIQUE,
            content_hash text NOT NULL UNIQUE
        );
        CREATE TABLE signals (
            id text PRIMARY KEY,
            version bigint NOT NULL,
            strength integer NOT NULL,
            last_reinforced_at timestamptz NOT NULL,
            body jsonb NOT NULL
        );
        CREATE INDEX signals_by_strength ON signals (strength DESC, last_reinforced_at DESC, id);
        CREATE INDEX signals_by_recency ON signals (last_reinforced_at DESC, id);
        CREATE TABLE signal_changes (
            signal_id text PRIMARY KEY,
            sequence bigint NOT NULL UNIQUE
        );
        CREATE TABLE feed_clock (
            id integer PRIMARY KEY CHECK (id = 1),
            sequence bigint NOT NULL
        );
        INSERT INTO feed_clock VALUES (1, 0);
        """,

        // 2: each evidence entry a row of its own, so a reinforcement writes its new entry instead of the signal's
        // whole evidence; the entries of existing signals move out of their bodies, in order.
        """
        CREATE TABLE signal_evidence (
            signal_id text NOT NULL REFERENCES signals (id) ON DELETE CASCADE,
            ordinal integer NOT NULL,
            body jsonb NOT NULL,
            PRIMARY KEY (signal_id, ordinal)
        );
        INSERT INTO signal_evidence (signal_id, ordinal, body)
        SELECT s.id, e.position - 1, e.value
        FROM signals s CROSS JOIN LATERAL jsonb_array_elements(s.body->'evidence') WITH ORDINALITY AS e(value, position);
        UPDATE signals SET body = jsonb_set(body, '{evidence}', '[]'::jsonb);
        """,

        // 3: the matcher's record of each article (opaque text), keyed by the change-feed sequence of the write that
        // saved it, so that a restart or another worker replays them in arrival order. Older articles have none.
        """
        CREATE TABLE match_records (
            sequence bigint PRIMARY KEY,
            article_id text NOT NULL,
            body text NOT NULL
        );
        """,

        // 4: the latest checkpoint of the matcher's index (opaque bytes, in parts below PostgreSQL's limit on one
        // value) and the sequence it caught up to, so that a fresh process or another worker replays only the records
        // after it.
        """
        CREATE TABLE match_checkpoint (
            part integer PRIMARY KEY,
            sequence bigint NOT NULL,
            body bytea NOT NULL
        );
        """,
    ];

    /// <summary>The comment on <c>schema_version</c> that marks a schema as a Bellwether signal store.</summary>
    public const string Marker = "Bellwether signal store";

    /// <summary>The tables of version 1, which every Bellwether schema has: how a store made before the marker is recognised.</summary>
    public static readonly IReadOnlyList<string> Tables = ["articles", "feed_clock", "schema_version", "signal_changes", "signals"];

    /// <summary>The version this build creates and understands.</summary>
    public static int CurrentVersion => Migrations.Count;
}
