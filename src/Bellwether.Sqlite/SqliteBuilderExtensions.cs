using Bellwether.Sqlite.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bellwether.Sqlite;

/// <summary>Stores Bellwether's signals in a SQLite file.</summary>
public static class SqliteBuilderExtensions
{
    /// <summary>Uses a SQLite file at <paramref name="databasePath"/> as the <see cref="ISignalStore"/>.</summary>
    /// <param name="builder">The Bellwether builder.</param>
    /// <param name="databasePath">The database file; created with its folder when missing.</param>
    /// <returns>The builder.</returns>
    public static IBellwetherBuilder UseSqlite(this IBellwetherBuilder builder, string databasePath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(databasePath);
        return builder.UseSqlite(options => options.DatabasePath = databasePath);
    }

    /// <summary>
    /// Uses a SQLite file as the <see cref="ISignalStore"/>, replacing the in-memory default. Calling it again only
    /// adds <paramref name="configure"/>; options are validated at start.
    /// </summary>
    /// <param name="builder">The Bellwether builder.</param>
    /// <param name="configure">Sets the options (at least <see cref="SqliteSignalStoreOptions.DatabasePath"/>).</param>
    /// <returns>The builder.</returns>
    public static IBellwetherBuilder UseSqlite(this IBellwetherBuilder builder, Action<SqliteSignalStoreOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var services = builder.Services;
        services.Configure(configure);
        services.AddOptionsWithValidateOnStart<SqliteSignalStoreOptions, SqliteSignalStoreOptionsValidator>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SqliteSignalStoreOptions>, SqliteSignalStoreOptionsRules>());
        services.TryAddSingleton<SqliteSignalStore>();
        services.Replace(ServiceDescriptor.Singleton<ISignalStore>(sp => sp.GetRequiredService<SqliteSignalStore>()));
        return builder;
    }
}
