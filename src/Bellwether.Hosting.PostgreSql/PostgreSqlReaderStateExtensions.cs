using System.Text.RegularExpressions;
using Bellwether.Core;
using Bellwether.Hosting.PostgreSql.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace Bellwether.Hosting.PostgreSql;

/// <summary>Keeps the service's reader state in PostgreSQL.</summary>
public static partial class PostgreSqlReaderStateExtensions
{
    /// <summary>
    /// Replaces the <see cref="IReaderStateStore"/> with one in PostgreSQL: table <c>reader_state</c> in
    /// <paramref name="schema"/> (created when missing). Each claim is one atomic upsert on the reader's row, so of
    /// several instances sharing the database exactly one sends each scheduled brief.
    /// </summary>
    /// <exception cref="ArgumentException">The connection string does not parse or names no host, or the schema is not <c>[a-z_][a-z0-9_]*</c>.</exception>
    public static IBellwetherBuilder UsePostgreSqlReaderState(this IBellwetherBuilder builder, string connectionString, string schema = "bellwether")
    {
        ArgumentNullException.ThrowIfNull(builder);
        NpgsqlConnectionStringBuilder parsed;
        try
        {
            parsed = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException($"The PostgreSQL connection string does not parse: {e.Message}", nameof(connectionString), e);
        }

        if (string.IsNullOrWhiteSpace(parsed.Host))
        {
            throw new ArgumentException("The PostgreSQL connection string names no Host.", nameof(connectionString));
        }

        if (schema is null || !SchemaName().IsMatch(schema))
        {
            throw new ArgumentException($"Schema '{schema}' must match [a-z_][a-z0-9_]*.", nameof(schema));
        }

        builder.Services.Replace(ServiceDescriptor.Singleton<IReaderStateStore>(_ => new PostgreSqlReaderStateStore(connectionString, schema)));
        return builder;
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]*$")]
    private static partial Regex SchemaName();
}
