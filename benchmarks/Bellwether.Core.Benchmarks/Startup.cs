using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace Bellwether.Core.Benchmarks;

/// <summary>
/// Start-up time over a store that already holds many signals: fills the in-memory store through the pipeline with
/// generated headlines (nearly every one a signal of its own, publication times spread over the past year), then times
/// a fresh pipeline's catch-up (reading the change feed and replaying the match records) three times and prints each
/// and the median.
/// </summary>
/// <remarks><c>dotnet run -c Release --project benchmarks/Bellwether.Core.Benchmarks -- startup [--signals 10000,100000]</c>.</remarks>
internal static class Startup
{
    private const int Runs = 3;
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
        Console.WriteLine("| stored signals | articles | records | catch-up runs (s) | median (s) | heap after catch-up (MB) |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
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

            var times = new List<double>();
            var heap = 0.0;
            for (var run = 0; run < Runs; run++)
            {
                using var provider = Build(store);
                var clock = Stopwatch.StartNew();
                await provider.GetRequiredService<ISignalPipeline>().CatchUpAsync();
                times.Add(clock.Elapsed.TotalSeconds);
                heap = GC.GetTotalMemory(forceFullCollection: true) / (1024.0 * 1024.0);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {signals:N0} | {articles:N0} | {records:N0} | {string.Join(", ", times.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))} | {times.Order().ElementAt(Runs / 2):F2} | {heap:F0} |"));
        }
    }

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

    private static ServiceProvider Build(ISignalStore? store)
    {
        var services = new ServiceCollection();
        if (store is not null)
        {
            services.AddSingleton(store);
        }

        services.AddBellwether();
        return services.BuildServiceProvider();
    }
}
