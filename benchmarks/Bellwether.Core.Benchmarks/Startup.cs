using System.Diagnostics;
using System.Globalization;
using Bellwether.Core.Internal;
using Microsoft.Extensions.DependencyInjection;

namespace Bellwether.Core.Benchmarks;

/// <summary>
/// Start-up time over a store that already holds many signals: fills the in-memory store through the pipeline with
/// generated headlines (publication times spread over the past year; the filling pipeline saves a checkpoint every
/// <see cref="BellwetherOptions.CheckpointInterval"/> records), then times a fresh pipeline's first catch-up three
/// times each way: replaying every match record (checkpoints off), and loading the latest checkpoint and replaying only
/// the records after it. Prints each run, the medians and what the index holds after start-up.
/// </summary>
/// <remarks>
/// <c>dotnet run -c Release --project benchmarks/Bellwether.Core.Benchmarks -- startup [--signals 10000,100000]
/// [--signal-threshold 0.12] [--half-life 365] [--checkpoint-interval 10000]</c>. A higher signal threshold makes
/// nearly every generated headline a signal of its own (a headline shares one word of eight with many others); a
/// shorter half-life (days, both horizons) lets signals leave the index within the year, so the live window is
/// shorter than the history.
/// </remarks>
internal static class Startup
{
    private const int RunsEach = 3;
    private static readonly string[] Syllables =
    [
        "ka", "lo", "mi", "ren", "sto", "var", "dun", "pel", "tri", "zo", "ba", "quin", "mar", "fel", "gor", "hal",
        "jun", "ker", "lim", "nor", "pas", "rud", "sel", "tam", "ul", "ves", "wen", "yor", "bri", "cad", "dor", "esk",
    ];

    public static async Task RunAsync(string[] args)
    {
        var targets = Option(args, "--signals") is { } list ? list.Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() : [10_000, 100_000];
        var settings = new Settings(
            Option(args, "--signal-threshold") is { } threshold ? double.Parse(threshold, CultureInfo.InvariantCulture) : new ClusteringOptions().SignalMatchThreshold,
            Option(args, "--half-life") is { } days ? TimeSpan.FromDays(double.Parse(days, CultureInfo.InvariantCulture)) : new ClusteringOptions().SignalHalfLife,
            Option(args, "--checkpoint-interval") is { } interval ? int.Parse(interval, CultureInfo.InvariantCulture) : new BellwetherOptions().CheckpointInterval);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"startup: in-memory store, {Environment.ProcessorCount} cores, signal threshold {settings.SignalThreshold}, signal half-life {settings.HalfLife.TotalDays} days, checkpoint every {settings.CheckpointInterval:N0} records"));
        Console.WriteLine("| stored signals | articles (= records) | live signals after start-up | every record: runs (s) | median (s) | checkpoint: sequence, MB, taken in (s) | records after it | from the checkpoint: runs (s) | median (s) | ratio | heap after (MB) |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var target in targets)
        {
            using var filler = Build(null, settings, settings.CheckpointInterval);
            var store = filler.GetRequiredService<ISignalStore>();
            var articles = await FillAsync(filler.GetRequiredService<ISignalPipeline>(), store, target);
            var signals = (await store.QueryAsync(new SignalQuery { Limit = 1 })).TotalCount;
            var taking = Stopwatch.StartNew();
            var size = ((IRecordingMatcher)filler.GetRequiredService<ISignalMatcher>()).Checkpoint()?.Length ?? 0;
            var taken = taking.Elapsed.TotalSeconds;
            var checkpoint = await store.ReadMatchCheckpointAsync() ?? throw new InvalidOperationException("The filling pipeline saved no checkpoint.");
            var (records, after) = (0, 0);
            await foreach (var record in ReadAllRecordsAsync(store))
            {
                records++;
                after += record.Sequence > checkpoint.Sequence ? 1 : 0;
            }

            var (every, _, _) = await TimeCatchUpsAsync(store, settings, checkpointInterval: 0);
            var (fromCheckpoint, heap, live) = await TimeCatchUpsAsync(store, settings, settings.CheckpointInterval);
            var (e, c) = (Median(every), Median(fromCheckpoint));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {signals:N0} | {articles:N0} ({records:N0}) | {live:N0} | {Runs(every)} | {e:F2} | {checkpoint.Sequence:N0}, {checkpoint.Data.Length / (1024.0 * 1024.0):F1}, {taken:F2} ({size / (1024.0 * 1024.0):F1} MB at the end) | {after:N0} | {Runs(fromCheckpoint)} | {c:F2} | {c / e:F3} | {heap:F0} |"));
        }
    }

    private static string? Option(string[] args, string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;

    /// <summary>Times <see cref="RunsEach"/> first catch-ups of fresh pipelines over <paramref name="store"/>; the heap and live signals after the last.</summary>
    private static async Task<(List<double> Seconds, double HeapMegabytes, int LiveSignals)> TimeCatchUpsAsync(ISignalStore store, Settings settings, int checkpointInterval)
    {
        var times = new List<double>();
        var heap = 0.0;
        var live = 0;
        for (var run = 0; run < RunsEach; run++)
        {
            using var provider = Build(store, settings, checkpointInterval);
            var clock = Stopwatch.StartNew();
            await provider.GetRequiredService<ISignalPipeline>().CatchUpAsync();
            times.Add(clock.Elapsed.TotalSeconds);
            heap = GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0);
            live = ((CentroidSignalMatcher)provider.GetRequiredService<ISignalMatcher>()).LiveClusters().Count(c => c.StartsWith("signal ", StringComparison.Ordinal));
        }

        return (times, heap, live);
    }

    private static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);

    private static string Runs(List<double> times) => string.Join(", ", times.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)));

    private static async IAsyncEnumerable<MatchRecord> ReadAllRecordsAsync(ISignalStore store)
    {
        long after = 0;
        while (true)
        {
            var page = await store.ReadMatchRecordsAsync(after, SignalQuery.MaxLimit);
            if (page.Count == 0)
            {
                yield break;
            }

            foreach (var record in page)
            {
                yield return record;
            }

            after = page[^1].Sequence;
        }
    }

    /// <summary>Ingests generated headlines until the store holds <paramref name="signals"/> signals; returns the articles ingested.</summary>
    private static async Task<int> FillAsync(ISignalPipeline pipeline, ISignalStore store, int signals)
    {
        var random = new Random(20_261_205);
        var words = Enumerable.Range(0, 40_000).Select(_ => Word(random, 3 + random.Next(2))).Distinct().ToArray();
        var start = DateTimeOffset.UtcNow.AddDays(-366);
        var estimate = signals * 11 / 10;
        for (var i = 0; ; i++)
        {
            if (i % 1_000 == 0 && (await store.QueryAsync(new SignalQuery { Limit = 1 })).TotalCount >= signals)
            {
                return i;
            }

            var title = string.Join(' ', Enumerable.Range(0, 8).Select(_ => words[random.Next(words.Length)]));
            await pipeline.IngestAsync(new Article
            {
                Id = "a" + i.ToString(CultureInfo.InvariantCulture),
                Title = char.ToUpperInvariant(title[0]) + title[1..],
                PublishedAt = start + TimeSpan.FromDays(365.0 * Math.Min(i, estimate) / estimate),
                Source = "outlet" + random.Next(40),
            });
        }
    }

    private static string Word(Random random, int syllables) => string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[random.Next(Syllables.Length)]));

    private static ServiceProvider Build(ISignalStore? store, Settings settings, int checkpointInterval)
    {
        var services = new ServiceCollection();
        if (store is not null)
        {
            services.AddSingleton(store);
        }

        services.AddBellwether(o => o.CheckpointInterval = checkpointInterval).ConfigureClustering(c =>
        {
            c.SignalMatchThreshold = settings.SignalThreshold;
            c.SignalHalfLife = settings.HalfLife;
            c.EventSignalHalfLife = settings.HalfLife;
        });
        return services.BuildServiceProvider();
    }

    /// <summary>The clustering and checkpoint settings of one run of the command.</summary>
    private sealed record Settings(double SignalThreshold, TimeSpan HalfLife, int CheckpointInterval);
}
