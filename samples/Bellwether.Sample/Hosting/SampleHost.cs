using System.CommandLine;
using Bellwether.Core;
using Bellwether.PostgreSql;
using Bellwether.Rendering;
using Bellwether.Sample.Commands;
using Bellwether.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Bellwether.Sample.Hosting;

/// <summary>Builds the Generic Host every verb runs in: Bellwether with its defaults (or the model chosen with --extractor llm) and the replay clock.</summary>
internal static class SampleHost
{
    /// <summary>Starts the host with the store the command line chose (<c>--db</c>, <c>--postgres</c>; a SQLite file by default).</summary>
    public static Task<IHost> StartAsync(ParseResult parse, CancellationToken cancellationToken) =>
        StartAsync(
            parse,
            builder =>
            {
                if (parse.GetValue<string>(StoreOptions.PostgresName) is { Length: > 0 } postgres)
                {
                    builder.UsePostgreSql(postgres);
                }
                else if (parse.GetValue<string>(StoreOptions.DbName) is not StoreOptions.InMemory and var path)
                {
                    builder.UseSqlite(path ?? StoreOptions.DefaultDatabasePath);
                }
            },
            cancellationToken);

    /// <summary>Starts the host with the in-memory store (verbs that keep nothing).</summary>
    public static Task<IHost> StartInMemoryAsync(ParseResult parse, CancellationToken cancellationToken) => StartAsync(parse, _ => { }, cancellationToken);

    private static async Task<IHost> StartAsync(ParseResult parse, Action<IBellwetherBuilder> useStore, CancellationToken cancellationToken)
    {
        var verbose = parse.GetValue<bool>(CommonOptions.VerboseName);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(verbose ? LogLevel.Information : LogLevel.Warning);
        // A host that fails to start (invalid options) is reported as one line by the verb; the host's own log of it
        // repeats the message with a stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", verbose ? LogLevel.Information : LogLevel.None);
        // The verbs report each repaired or rejected article on its own line; the pipeline's warnings would repeat them.
        builder.Logging.AddFilter("Bellwether.Core.Internal.SignalPipeline", verbose ? LogLevel.Information : LogLevel.Error);
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        // Settings can be tried without a rebuild: BELLWETHER_Clustering__StoryMatchThreshold=0.2,
        // BELLWETHER_Pipeline__CheckpointInterval=1000, and so on.
        builder.Configuration.AddEnvironmentVariables("BELLWETHER_");
        builder.Services.Configure<ClusteringOptions>(builder.Configuration.GetSection("Clustering"));
        builder.Services.Configure<BellwetherOptions>(builder.Configuration.GetSection("Pipeline"));
        builder.Services.AddSingleton<ReplayClock>();
        builder.Services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<ReplayClock>());
        useStore(builder.Services.AddBellwether().AddRendering());
        ModelChoice.From(parse).Apply(builder.Services);
        EmbeddingOptions.Apply(parse, builder.Services);
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return host;
    }
}
