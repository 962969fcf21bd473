using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bellwether.Testing.Internal;

/// <summary>
/// A stream ingested in one run, in several (each run a new container over the same store), or by two workers at once
/// (two containers over the same database); each run's outcome is the story of every article and the signals citing it.
/// </summary>
internal static class ResumeRuns
{
    private static readonly DateTimeOffset ResumeClock = new(2026, 5, 22, 6, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Ingests the stream, with a new container (pipeline, matcher) on a new handle of this test's database at each
    /// restart, or in one in-memory container when <paramref name="store"/> is null; the story of each article as the
    /// last matcher resolves it, and the signals whose evidence cites it.
    /// </summary>
    /// <param name="stream">The articles, in order.</param>
    /// <param name="restarts">The positions before which a new container starts.</param>
    /// <param name="store">Opens a new handle on this test's database, or null for one in-memory run.</param>
    /// <param name="checkpointInterval">The match records between two checkpoints (<see cref="BellwetherOptions.CheckpointInterval"/>); the default is longer than any test stream.</param>
    public static async Task<RunOutcome> IngestAsync(IReadOnlyList<Article> stream, int[] restarts, Func<ISignalStore>? store, int checkpointInterval = 10_000)
    {
        var clock = new FakeTimeProvider(ResumeClock);
        var providers = new List<ServiceProvider>();
        try
        {
            var provider = Container(clock, store, providers, checkpointInterval);
            var raw = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < stream.Count; i++)
            {
                if (restarts.Contains(i))
                {
                    provider = Container(clock, store, providers, checkpointInterval);
                }

                raw[stream[i].Id] = (await provider.GetRequiredService<ISignalPipeline>().IngestAsync(stream[i])).StoryId;
            }

            return await OutcomeAsync(provider, raw);
        }
        finally
        {
            await DisposeAllAsync(providers);
        }
    }

    /// <summary>
    /// Ingests the stream with two workers at once, each a container on its own handle of this test's database, each on
    /// its own thread, saving with a server's latency (<see cref="LatentStore"/>): the first takes the even-numbered
    /// articles, the second the odd ones. The outcome is read by a third container that catches up on the database, as a
    /// restarted process would.
    /// </summary>
    /// <param name="stream">The articles, in order.</param>
    /// <param name="store">Opens a new handle on this test's database.</param>
    /// <param name="checkpointInterval">The match records between two checkpoints; the reader container loads the last one.</param>
    public static async Task<RunOutcome> IngestByTwoWorkersAsync(IReadOnlyList<Article> stream, Func<ISignalStore> store, int checkpointInterval = 10_000)
    {
        var clock = new FakeTimeProvider(ResumeClock);
        var providers = new List<ServiceProvider>();
        try
        {
            var latent = () => (ISignalStore)new LatentStore(store());
            var workers = new[] { Container(clock, latent, providers, checkpointInterval), Container(clock, latent, providers, checkpointInterval) };
            var raw = new Dictionary<string, string?>(StringComparer.Ordinal);
            await Task.WhenAll(workers.Select((worker, w) => Task.Run(async () =>
            {
                var pipeline = worker.GetRequiredService<ISignalPipeline>();
                for (var i = w; i < stream.Count; i += workers.Length)
                {
                    var story = (await pipeline.IngestAsync(stream[i])).StoryId;
                    lock (raw)
                    {
                        raw[stream[i].Id] = story;
                    }
                }
            })));

            var reader = Container(clock, store, providers, checkpointInterval);
            await reader.GetRequiredService<ISignalPipeline>().CatchUpAsync();
            return await OutcomeAsync(reader, raw);
        }
        finally
        {
            await DisposeAllAsync(providers);
        }
    }

    private static ServiceProvider Container(TimeProvider clock, Func<ISignalStore>? store, List<ServiceProvider> providers, int checkpointInterval)
    {
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        if (store is not null)
        {
            services.AddSingleton(store());
        }

        services.AddBellwether(o => o.CheckpointInterval = checkpointInterval).ConfigureClustering(c => c.StoryMergeInterval = 8);
        providers.Add(services.BuildServiceProvider());
        return providers[^1];
    }

    /// <summary>Each article's story as <paramref name="provider"/>'s matcher resolves it, and the signals whose evidence cites it.</summary>
    private static async Task<RunOutcome> OutcomeAsync(ServiceProvider provider, Dictionary<string, string?> raw)
    {
        var matcher = provider.GetRequiredService<ISignalMatcher>();
        var stories = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (article, story) in raw)
        {
            stories[article] = story is null ? string.Empty : matcher.ResolveStory(story);
        }

        var signals = new SortedDictionary<string, string>(StringComparer.Ordinal);
        await foreach (var signal in provider.GetRequiredService<ISignalStore>().QueryAllAsync().OrderBy(s => s.Id, StringComparer.Ordinal))
        {
            foreach (var evidence in signal.Evidence)
            {
                signals[evidence.Article.Id] = signals.TryGetValue(evidence.Article.Id, out var known) ? known + " " + signal.Id : signal.Id;
            }
        }

        var merges = raw.Values.Where(s => s is not null).Distinct().Count() - stories.Values.Where(s => s.Length > 0).Distinct().Count();
        return new RunOutcome(stories, signals, merges);
    }

    private static async Task DisposeAllAsync(List<ServiceProvider> providers)
    {
        foreach (var provider in providers)
        {
            await provider.DisposeAsync();
        }
    }
}

/// <summary>What a run left: the story of each article, the signals citing each article, and how many story merges it made.</summary>
internal sealed record RunOutcome(SortedDictionary<string, string> Stories, SortedDictionary<string, string> Signals, int Merges);
