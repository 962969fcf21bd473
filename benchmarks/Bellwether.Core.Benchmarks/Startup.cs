using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace Bellwether.Core.Benchmarks;

/// <summary>
/// Start-up time over a store that already holds many signals: fills the in-memory store through the pipeline with
/// generated headlines (nearly every one a signal of its own, publication times spread over the past year; the filling
/// pipeline saves a checkpoint every <see cref="BellwetherOptions.CheckpointInterval"/> records, as by default), then
/// times a fresh pipeline's first catch-up three times each way: replaying every match record (checkpoints off), and
/// loading the latest checkpoint and replaying only the records after it. Prints each run and the medians.
/// </summary>
/// <remarks><c>dotnet run -c Release --project benchmarks/Bellwether.Core.Benchmarks -- startup [--signals 10000,100000]</c>.</remarks>
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
        var at = Array.IndexOf(args, "--signals");
        var targets = at >= 0 && at + 1 < args.Length ? args[at + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() : [10_000, 100_000];
        Console.WriteLine($"startup: in-memory store, {Environment.ProcessorCount} cores");
        Console.WriteLine("| stored signals | articles (= records) | every record: runs (s) | median (s) | checkpoint: sequence, MB | records after it | from the checkpoint: runs (s) | median (s) | ratio | heap after (MB) |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        foreach (var target in targets)
        {
            using var filler = Build(null);
            var store = filler.GetRequiredService<ISignalStore>();
            var articles = await FillAsync(filler.GetRequiredService<ISignalPipeline>(), store, target);
            var signals = (await store.QueryAsync(new SignalQuery { Limit = 1 })).TotalCount;
            var records = 0;
            await foreach (var _ in ReadAllRecordsAsync(store))
            {
                records++;
            }

            var checkpoint = await store.ReadMatchCheckpointAsync() ?? throw new InvalidOperationException("The filling pipeline saved no checkpoint.");
            var after = 0;
            await foreach (var record in ReadAllRecordsAsync(store))
            {
                after += record.Sequence > checkpoint.Sequence ? 1 : 0;
            }

            var (every, _) = await TimeCatchUpsAsync(store, checkpointInterval: 0);
            var (fromCheckpoint, heap) = await TimeCatchUpsAsync(store, new BellwetherOptions().CheckpointInterval);
            var (e, c) = (Median(every), Median(fromCheckpoint));
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {signals:N0} | {articles:N0} ({records:N0}) | {Runs(every)} | {e:F2} | {checkpoint.Sequence:N0}, {checkpoint.Data.Length / (1024.0 * 1024.0):F1} | {after:N0} | {Runs(fromCheckpoint)} | {c:F2} | {c / e:F3} | {heap:F0} |"));
        }
    }

    /// <summary>Times <see cref="RunsEach"/> first catch-ups of fresh pipelines over <paramref name="store"/>; the heap after the last.</summary>
    private static async Task<(List<double> Seconds, double HeapMegabytes)> TimeCatchUpsAsync(ISignalStore store, int checkpointInterval)
    {
        var times = new List<double>();
        var heap = 0.0;
        for (var run = 0; run < RunsEach; run++)
        {
            using var provider = Build(store, checkpointInterval);
            var clock = Stopwatch.StartNew();
            await provider.GetRequiredService<ISignalPipeline>().CatchUpAsync();
            times.Add(clock.Elapsed.TotalSeconds);
            heap = GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0);
        }

        return (times, heap);
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

    private static ServiceProvider Build(ISignalStore? store, int checkpointInterval = 10_000)
    {
        var services = new ServiceCollection();
        if (store is not null)
        {
            services.AddSingleton(store);
        }

        services.AddBellwether(o => o.CheckpointInterval = checkpointInterval);
        return services.BuildServiceProvider();
    }
}
