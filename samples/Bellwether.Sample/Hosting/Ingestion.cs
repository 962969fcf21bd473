using System.CommandLine;
using Bellwether.Core;
using Bellwether.Sample.Input;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Spectre.Console;

namespace Bellwether.Sample.Hosting;

/// <summary>Ingests the inputs of a verb as a stream: every record is answered in order, and one bad record never stops the run.</summary>
internal static class Ingestion
{
    /// <summary>What became of one record: <c>result</c> is null when the record could not be read as an article.</summary>
    public delegate void Report(InputRecord record, IngestResult? result);

    /// <summary>Every record at <paramref name="paths"/>, in order, unreadable ones included.</summary>
    public static async Task<IReadOnlyList<InputRecord>> ReadAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var records = new List<InputRecord>();
        await foreach (var record in ArticleLoader.ReadAsync(paths, cancellationToken))
        {
            records.Add(record);
        }

        return records;
    }

    /// <summary>
    /// Ingests the articles of <paramref name="records"/> in order, calling <paramref name="report"/> for each record as
    /// soon as it is answered (an unreadable record when the stream reaches it); returns the run's summary.
    /// </summary>
    public static async Task<IngestSummary> RunAsync(IHost host, IReadOnlyList<InputRecord> records, DateTimeOffset? asOf, Report report, CancellationToken cancellationToken)
    {
        PinClock(host, records, asOf);
        var summary = new IngestSummary();
        InputRecord? current = null;

        // The pipeline asks for the next article only after its previous result was taken, so records are reported in input order.
        async IAsyncEnumerable<Article> Articles()
        {
            foreach (var record in records)
            {
                if (record.Article is { } article)
                {
                    current = record;
                    yield return article;
                }
                else
                {
                    summary.Add(null);
                    report(record, null);
                }

                await Task.CompletedTask;
            }
        }

        await foreach (var result in host.Services.GetRequiredService<ISignalPipeline>().IngestAsync(Articles(), cancellationToken))
        {
            summary.Add(result);
            report(current!, result);
        }

        return summary;
    }

    /// <summary>
    /// Ingests the articles of <paramref name="records"/> in order, reporting each unreadable or rejected record on
    /// standard error as it is answered; returns each ingested article with its result, and the run's summary.
    /// </summary>
    public static async Task<(IReadOnlyList<(Article Article, IngestResult Result)> Answered, IngestSummary Summary)> RunReportingProblemsAsync(
        IHost host, IReadOnlyList<InputRecord> records, CancellationToken cancellationToken)
    {
        var answered = new List<(Article, IngestResult)>(records.Count);
        var summary = await RunAsync(host, records, asOf: null, (record, result) =>
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
        return (answered, summary);
    }

    /// <summary>
    /// Ingests <paramref name="paths"/> before a verb reads the store: silent when output is redirected, a progress bar on
    /// a terminal; each record that is unreadable or rejected is reported on standard error, one line each.
    /// </summary>
    public static async Task RunQuietlyAsync(IHost host, IReadOnlyList<string> paths, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        var records = await ReadAsync(paths, cancellationToken);
        void ReportProblem(InputRecord record, IngestResult? result)
        {
            if (Describe.Problem(record, result) is { } problem)
            {
                Console.Error.WriteLine(problem);
            }
        }

        if (Console.IsOutputRedirected || records.Count < 50)
        {
            await RunAsync(host, records, asOf, ReportProblem, cancellationToken);
            return;
        }

        await AnsiConsole.Progress().StartAsync(async context =>
        {
            var task = context.AddTask("Ingesting", maxValue: records.Count);
            await RunAsync(host, records, asOf, (record, result) =>
            {
                ReportProblem(record, result);
                task.Increment(1);
            }, cancellationToken);
        });
    }

    /// <summary>
    /// What a verb that only reads the store ingests first: <paramref name="inputs"/> when given; otherwise the bundled
    /// seeds when the store is in memory (there is nothing else to read), and nothing at all into a database.
    /// </summary>
    public static Task PrepareReadAsync(IHost host, ParseResult parse, string[]? inputs, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        if (inputs is { Length: > 0 } || StoreOptions.IsInMemory(parse))
        {
            return RunQuietlyAsync(host, inputs is { Length: > 0 } ? inputs : [ArticleLoader.SeedsFolder], asOf, cancellationToken);
        }

        if (asOf is { } pinned)
        {
            host.Services.GetRequiredService<ReplayClock>().Pin(pinned);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// Replaying a corpus: fixes the clock at <paramref name="asOf"/>, else at the newest article that is not dated beyond
    /// <see cref="BellwetherOptions.MaxPublishedAhead"/> of the real clock (an article from the year 3000 is rejected
    /// rather than moving the clock), else leaves the real clock.
    /// </summary>
    private static void PinClock(IHost host, IReadOnlyList<InputRecord> records, DateTimeOffset? asOf)
    {
        var latest = TimeProvider.System.GetUtcNow() + host.Services.GetRequiredService<IOptions<BellwetherOptions>>().Value.MaxPublishedAhead;
        var newest = records.Select(r => r.Article?.PublishedAt).Where(t => t <= latest).Max();
        if ((asOf ?? newest) is { } pinned)
        {
            host.Services.GetRequiredService<ReplayClock>().Pin(pinned);
        }
    }
}
