using System.CommandLine;
using System.Diagnostics;
using Bellwether.Core;
using Bellwether.Sample.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bellwether.Sample.Commands;

/// <summary><c>cluster --input FILE.jsonl --output FILE.tsv</c>: the story each article of a stream joins, in file order.</summary>
internal static class ClusterCommand
{
    public static Command Create()
    {
        var input = new Option<string>("--input", "-i") { Description = "A JSONL stream with fields id, title, text, source, time.", Required = true };
        var output = new Option<string>("--output", "-o") { Description = "Where to write one `id<TAB>story-id` line per distinct article id.", Required = true };
        var command = new Command("cluster", "Cluster a JSONL stream into stories and write id<TAB>story-id (in memory: keeps nothing).") { input, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue<string>(StoreOptions.DbName) is not null || parse.GetValue<string>(StoreOptions.PostgresName) is not null)
            {
                throw new ArgumentException("cluster runs on the in-memory store and keeps nothing: drop --db / --postgres (ingest keeps signals).");
            }

            var started = Stopwatch.GetTimestamp();
            using var host = await SampleHost.StartInMemoryAsync(parse, cancellationToken);
            var hostReady = Stopwatch.GetElapsedTime(started);
            var records = await Ingestion.ReadAsync([parse.GetValue(input)!], cancellationToken);
            var answered = new List<(Article Article, IngestResult Result)>(records.Count);
            var summary = await Ingestion.RunAsync(host, records, asOf: null, (record, result) =>
            {
                if (Describe.Problem(record, result) is { } problem)
                {
                    Console.Error.WriteLine(problem);
                }

                if (record.Article is { } article && result is not null)
                {
                    answered.Add((article, result));
                }
            }, cancellationToken);
            var ingested = Stopwatch.GetElapsedTime(started) - hostReady;

            // Stories that converged after an article joined are merged: report each article's story as it stands now.
            // An article the store already held (same text or address) is a copy: it belongs to its original's story.
            var matcher = host.Services.GetRequiredService<ISignalMatcher>();
            var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
            await using var writer = new StreamWriter(parse.GetValue(output)!);
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (article, result) in answered)
            {
                // One row per distinct id: a repeated id is the article already written (or a rejected one).
                if (!written.Add(result.ArticleId))
                {
                    continue;
                }

                var record = ArticleRecord.From(article);
                var keys = record.Url is { } url ? [record.ContentHash, url.AbsoluteUri] : new[] { record.ContentHash };
                var storyId = result.StoryId ?? (result.Outcome == IngestOutcome.Duplicate ? keys.Select(storyOf.GetValueOrDefault).FirstOrDefault(s => s is not null) : null);
                foreach (var key in storyId is null ? [] : keys)
                {
                    storyOf.TryAdd(key, storyId!);
                }

                var story = storyId is { } id ? matcher.ResolveStory(id) : "unclustered:" + result.ArticleId;
                await writer.WriteAsync($"{result.ArticleId}\t{story}\n");
            }

            await Console.Error.WriteLineAsync($"Clustered {written.Count} articles in {Stopwatch.GetElapsedTime(started).TotalSeconds:0.00} s (load, extract, cluster, score, store in memory: {ingested.TotalSeconds:0.00} s).");
            await Console.Error.WriteLineAsync(summary.ToString());
            return summary.Rejected > 0 ? CommandErrors.Rejected : 0;
        });
        return command;
    }
}
