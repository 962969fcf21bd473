using Bellwether.PostgreSql.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Bellwether.PostgreSql;

/// <summary>Stores Bellwether's signals in PostgreSQL, shared by several ingesting processes.</summary>
public static class PostgreSqlBuilderExtensions
{
    /// <summary>
    /// Uses the PostgreSQL database at <paramref name="connectionString"/> as the <see cref="ISignalStore"/>; a
    /// <c>Search Path</c> in it names the schema (default <c>bellwether</c>).
    /// </summary>
    /// <param name="builder">The Bellwether builder.</param>
    /// <param name="connectionString">An Npgsql connection string.</param>
    /// <returns>The builder.</returns>
    public static IBellwetherBuilder UsePostgreSql(this IBellwetherBuilder builder, string connectionString)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return builder.UsePostgreSql(options =>
        {
            options.ConnectionString = connectionString;
            if (SearchPath(connectionString) is { Length: > 0 } schema)
            {
                options.Schema = schema;
            }
        });
    }

    /// <summary>
    /// Uses PostgreSQL as the <see cref="ISignalStore"/>, replacing the in-memory default. Calling it again only adds
    /// <paramref name="configure"/>; options are validated at start.
    /// </summary>
    /// <param name="builder">The Bellwether builder.</param>
    /// <param name="configure">Sets the options (at least <see cref="PostgreSqlSignalStoreOptions.ConnectionString"/>).</param>
    /// <returns>The builder.</returns>
    public static IBellwetherBuilder UsePostgreSql(this IBellwetherBuilder builder, Action<PostgreSqlSignalStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.Configure(configure);
        services.AddOptionsWithValidateOnStart<PostgreSqlSignalStoreOptions, PostgreSqlSignalStoreOptionsValidator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PostgreSqlSignalStoreOptions>, PostgreSqlSignalStoreOptionsRules>());
        services.TryAddSingleton<PostgreSqlSignalStore>();
        services.Replace(ServiceDescriptor.Singleton<ISignalStore>(sp => sp.GetRequiredService<PostgreSqlSignalStore>()));
        return builder;
    }

    private static string? SearchPath(string connectionString)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(connectionString).SearchPath;
        }
        catch (ArgumentException)
        {
            return null; // reported by the options validation at start
        }
    }
}
