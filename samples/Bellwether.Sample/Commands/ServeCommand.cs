using System.CommandLine;
using Bellwether.Core;
using Bellwether.Feeds;
using Bellwether.Hosting;
using Bellwether.Hosting.PostgreSql;
using Bellwether.PostgreSql;
using Bellwether.Sample.Hosting;
using Bellwether.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Bellwether.Sample.Commands;

/// <summary>
/// <c>serve --config FILE</c>: runs the Bellwether service until Ctrl+C: polls the configured feeds and mails (or
/// writes) each reader's brief at their local time, logging each poll and delivery. With <c>--postgres</c> the signals
/// and the reader state are in that database, so several instances send each brief once.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var config = new Option<FileInfo>("--config", "-c")
        {
            Description = "The configuration file (JSON): feeds, readers, SMTP server; see bellwether.example.json. Default: appsettings.json in the current folder.",
            DefaultValueFactory = _ => new FileInfo("appsettings.json"),
        };
        var command = new Command("serve", "Run the service until stopped: poll feeds, deliver each reader's morning brief.") { config };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var file = parse.GetValue(config)!;
            if (!file.Exists)
            {
                throw new FileNotFoundException($"The configuration file '{file.FullName}' does not exist.", file.FullName);
            }

            var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
            builder.Configuration.AddJsonFile(file.FullName, optional: false, reloadOnChange: false);
            builder.Configuration.AddEnvironmentVariables("BELLWETHER_");
            builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
            builder.Logging.AddSimpleConsole(o =>
            {
                o.SingleLine = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ssK ";
                o.UseUtcTimestamp = true;
            });
            builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Warning);
            builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
            // Options that fail validation are reported as one line by the verb; the host's own log of it repeats them with a stack trace.
            builder.Logging.AddFilter("Microsoft.Extensions.Hosting", parse.GetValue<bool>(CommonOptions.VerboseName) ? LogLevel.Information : LogLevel.Critical);
            builder.Logging.AddFilter("System.Net.Http", LogLevel.Warning);
            builder.Logging.AddFilter("Polly", LogLevel.Warning);
            builder.Services.Configure<ClusteringOptions>(builder.Configuration.GetSection("Clustering"));
            builder.Services.Configure<BellwetherOptions>(builder.Configuration.GetSection("Pipeline"));
            builder.Services.Configure<FeedOptions>(builder.Configuration.GetSection("FeedReader"));
            builder.Services.Configure<BellwetherServiceOptions>(builder.Configuration.GetSection("Bellwether"));
            var bellwether = builder.Services.AddBellwether();
            if (parse.GetValue<string>(StoreOptions.PostgresName) is { Length: > 0 } postgres)
            {
                bellwether.UsePostgreSql(postgres);
            }
            else if (parse.GetValue<string>(StoreOptions.DbName) is not StoreOptions.InMemory and var path)
            {
                bellwether.UseSqlite(path ?? StoreOptions.DefaultDatabasePath);
            }

            ModelChoice.From(parse).Apply(builder.Services);
            bellwether.AddBellwetherService();
            if (parse.GetValue<string>(StoreOptions.PostgresName) is { Length: > 0 } shared)
            {
                // Several instances on one database: the reader state and its claims live there too, so each brief is sent once.
                bellwether.UsePostgreSqlReaderState(shared);
            }
            using var host = builder.Build();
            try
            {
                await host.RunAsync(cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
            }

            return 0;
        });
        return command;
    }
}
