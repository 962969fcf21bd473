using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bellwether.Core.Tests.Briefs;

/// <summary>Builds signals as the store keeps them, and a composer over a real in-memory store.</summary>
internal static class BriefSignals
{
    public static readonly DateTimeOffset Day1 = new(2026, 5, 18, 8, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset Day(int n) => Day1.AddDays(n - 1);

    /// <summary>A signal first seen on <paramref name="firstDay"/>; each history entry is (day, strength, articles).</summary>
    public static Signal Make(
        string id,
        int strength,
        string[]? topics = null,
        string[]? regions = null,
        string[]? actors = null,
        int firstDay = 1,
        (int Day, int Strength, int Articles)[]? history = null,
        string? story = null)
    {
        history ??= [(firstDay, strength, 1)];
        var articles = history[^1].Articles;
        var evidence = Enumerable.Range(1, articles).Select(i => new ArticleEvidence
        {
            Article = new ArticleReference($"{id}-a{i}", $"Article {i} of {id}", null, "Outlet", Day(firstDay)),
            StoryId = i == 1 ? story ?? $"story-{id}" : $"story-{id}-{i}",
            ExtractedAt = Day(firstDay),
        }).ToList();
        return new Signal
        {
            Id = id,
            Headline = $"Headline of {id}",
            Topics = topics ?? ["semiconductors"],
            Regions = regions ?? [],
            Actors = actors ?? [],
            Strength = new StrengthBreakdown { Strength = strength },
            ExtractionCount = history.Length,
            FirstExtractedAt = Day(firstDay),
            LastReinforcedAt = Day(history[^1].Day),
            Evidence = evidence,
            History = [.. history.Select((h, i) => new SignalSnapshot(Day(h.Day), h.Strength, h.Articles, i + 1))],
        };
    }

    public static ReaderProfile Marco(params ReaderInterest[] interests) => new()
    {
        Name = "Marco",
        Email = "marco@example.com",
        TimeZoneId = "Europe/Rome",
        MinimumStrength = 3,
        MaxItems = 5,
        Interests = interests,
    };

    public static ReaderInterest Topic(string value, double weight = 1) => new(InterestKind.Topic, value, weight);

    /// <summary>The default composer from <c>AddBellwether</c>, over a store holding <paramref name="signals"/>, at <paramref name="now"/>.</summary>
    public static async Task<IBriefComposer> ComposerAsync(DateTimeOffset now, IEnumerable<Signal> signals, Action<BriefOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(now));
        var builder = services.AddBellwether();
        if (configure is not null)
        {
            builder.ConfigureBriefs(configure);
        }

        var provider = services.BuildServiceProvider();
        var store = provider.GetRequiredService<ISignalStore>();
        var n = 0;
        foreach (var signal in signals)
        {
            await store.SaveAsync(new SignalChangeSet { Article = new ArticleRecord($"art-{n++}", null, $"hash-{n}"), Created = [signal] });
        }

        return provider.GetRequiredService<IBriefComposer>();
    }
}
