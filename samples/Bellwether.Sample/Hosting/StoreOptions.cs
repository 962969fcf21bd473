using System.CommandLine;

namespace Bellwether.Sample.Hosting;

/// <summary>Where the host keeps its signals: <c>--db PATH</c> (SQLite, the default), <c>--db :memory:</c>, or <c>--postgres</c>.</summary>
internal static class StoreOptions
{
    public const string DbName = "--db";
    public const string PostgresName = "--postgres";
    public const string InMemory = ":memory:";

    /// <summary>The SQLite file used when <c>--db</c> is not given: bellwether.db in the user's data folder.</summary>
    public static string DefaultDatabasePath =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "bellwether", "bellwether.db");

    /// <summary>True when the command line chose the in-memory store (<c>--db :memory:</c> without <c>--postgres</c>).</summary>
    public static bool IsInMemory(ParseResult parse) =>
        parse.GetValue<string>(DbName) == InMemory && string.IsNullOrEmpty(parse.GetValue<string>(PostgresName));

    public static Option<string> Db() => new(DbName)
    {
        Description = $"The SQLite file signals are kept in (default {DefaultDatabasePath}); '{InMemory}' keeps nothing after the run.",
        Recursive = true,
    };

    public static Option<string> Postgres() => new(PostgresName)
    {
        Description = "Keep signals in PostgreSQL instead (an Npgsql connection string; 'Search Path=…' picks the schema), shared by several ingesting processes.",
        Recursive = true,
    };
}
