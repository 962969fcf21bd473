using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bellwether.Testing.Internal;

/// <summary>A stream ingested in one run or in several, each run a new container over the same store.</summary>
internal static class ResumeRuns
{
    private static readonly DateTimeOffset ResumeClock = new(2026, 5, 22, 6, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Ingests the stream, with a new container (pipeline, matcher) on a new handle of this test's database at each
    /// restart, or in one in-memory container when <paramref name="store"/> is null; the story of each article as the
    /// last matcher resolves it, and the signals whose evidence cites it.
    /// </summary>
    public static async Task<(SortedDictionary<string, string> Stories, SortedDictionary<string, string> Signals, int Merges)> IngestAsync(
        IReadOnlyList<Article> stream, int[] restarts, Func<ISignalStore>? store)
    {
        var clock = new FakeTimeProvider(ResumeClock);
        var providers = new List<ServiceProvider>();
        ServiceProvider Run()
        {
            var services = new ServiceCollection();
            services.AddSingleton<TimeProvider>(clock);
            if (store is not null)
            {
                services.AddSingleton(store());
            }

            services.AddBellwether().ConfigureClustering(c => c.StoryMergeInterval = 8);
            providers.Add(services.BuildServiceProvider());
            return providers[^1];
        }

        try
        {
            var provider = Run();
            var raw = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < stream.Count; i++)
            {
                if (restarts.Contains(i))
                {
                    provider = Run();
                }

                raw[stream[i].Id] = (await provider.GetRequiredService<ISignalPipeline>().IngestAsync(stream[i])).StoryId;
            }

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
            return (stories, signals, merges);
        }
        finally
        {
            foreach (var provider in providers)
            {
                await provider.DisposeAsync();
            }
        }
    }
}
