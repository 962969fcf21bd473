using System.CommandLine;
using System.Diagnostics;
using Bellwether.Core;
using Bellwether.Sample.Evaluation;
using Bellwether.Sample.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bellwether.Sample.Commands;

/// <summary><c>cluster --input FILE.jsonl --output FILE.tsv [--level story|signal]</c>: the group each article of a stream joins, in file order.</summary>
internal static class ClusterCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input", "-i") { Description = "A JSONL stream with fields id, title, text, source, time.", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "Where to write one `id<TAB>group` line per distinct article id.", Required = true };
        var level = new Option<GroupingLevel>("--level")
        {
            Description = "story: the story each article joined; signal: the strongest signal it created or reinforced.",
            DefaultValueFactory = _ => GroupingLevel.Story,
        };
        var command = new Command("cluster", "Cluster a JSONL stream and write id<TAB>group (in memory, keeping nothing, unless --db or --postgres names a store: then the stream is ingested into it, articles it holds already count as duplicates, and the groups are read from all it holds).") { input, output, level };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var stored = parse.GetValue<string>(StoreOptions.DbName) is not null || parse.GetValue<string>(StoreOptions.PostgresName) is not null;
            var started = Stopwatch.GetTimestamp();
            using var host = stored ? await SampleHost.StartAsync(parse, cancellationToken) : await SampleHost.StartInMemoryAsync(parse, cancellationToken);
            var hostReady = Stopwatch.GetElapsedTime(started);
            var records = await Ingestion.ReadAsync([parse.GetValue(input)!], cancellationToken);
            var (answered, summary) = await Ingestion.RunReportingProblemsAsync(host, records, cancellationToken);
            var ingested = Stopwatch.GetElapsedTime(started) - hostReady;
            if (stored)
            {
                // The stories of articles stored by earlier runs resolve through the merges the catch-up replays (even when this run ingested nothing new).
                await host.Services.GetRequiredService<ISignalPipeline>().CatchUpAsync(cancellationToken);
            }

            var rows = await StreamGrouping.ReadAsync(host, answered, parse.GetValue(level), cancellationToken);
            await using (var writer = new StreamWriter(parse.GetValue(output)!))
            {
                foreach (var (articleId, group) in rows)
                {
                    await writer.WriteAsync($"{articleId}\t{group}\n");
                }
            }

            await Console.Error.WriteLineAsync($"Clustered {rows.Count} articles in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.00} s (load, extract, cluster, score, store{(stored ? string.Empty : " in memory")}: {ingested.TotalSeconds:0.00} s).");
            await Console.Error.WriteLineAsync(summary.ToString());
            return summary.Rejected > 0 ? CommandErrors.Rejected : 0;
        });
        return command;
    }
}
