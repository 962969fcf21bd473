using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bellwether.Core.Tests.Clustering;

/// <summary>
/// Time decay is measured from the span of a story's articles, first to last: an article published within the span
/// (a late arrival, or an older article another worker ingests meanwhile) is as close in time as the story's own
/// articles, while one published long before it is as far as one published long after.
/// </summary>
public sealed class LateArticleTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 6, 0, 0, TimeSpan.Zero);
    private static readonly string[] Strike =
    [
        "Copper price jumps as Chile mine strike spreads",
        "Chile copper mine strike spreads, copper price jumps",
        "Chile mine strike spreads again as copper price jumps",
        "Copper price jumps again as strike spreads at Chile mine",
        "Strike at Chile copper mine spreads; copper price jumps",
        "Copper price jumps: Chile mine strike spreads to second shift",
        "Chile copper mine strike spreads, price of copper jumps",
        "As Chile mine strike spreads, copper price jumps again",
    ];

    private static readonly string[] Fillers =
    [
        "Drought cuts Brazilian coffee harvest forecast",
        "Airbus delivers record number of jets in December",
        "Norway wealth fund posts annual gain on tech stocks",
        "Japan household spending falls for third month",
        "German factory orders rise on foreign demand",
        "Indian rupee weakens as oil importers buy dollars",
        "Australian lender raises mortgage rates",
        "Canadian retail sales slip in November",
    ];

    private readonly List<ServiceProvider> _providers = [];

    [Fact]
    public async Task IngestAsync_ArticlePublishedWithinAStorysSpanButWeeksBeforeItsLatest_JoinsTheStory()
    {
        var (pipeline, story) = await StoryOverEightWeeksAsync();

        var late = await pipeline.IngestAsync(Headline("late", "Copper price jumps as strike spreads at Chile mine", Start.AddDays(2)));

        late.StoryId.Should().Be(story, "day 2 lies within the story's days 0 to 56; from its latest article alone it is 54 days, almost four half-lives");
    }

    [Fact]
    public async Task IngestAsync_ArticlePublishedWeeksBeforeAStorysFirst_StartsAnotherStory()
    {
        var (pipeline, story) = await StoryOverEightWeeksAsync();

        var early = await pipeline.IngestAsync(Headline("early", "Copper price jumps as strike spreads at Chile mine", Start.AddDays(-54)));

        early.StoryId.Should().NotBe(story, "54 days before the story's first article is as far as 54 days after its last");
    }

    public void Dispose()
    {
        foreach (var provider in _providers)
        {
            provider.Dispose();
        }
    }

    /// <summary>One story of a headline every eight days from day 0 to day 56, among unrelated headlines.</summary>
    private async Task<(ISignalPipeline Pipeline, string StoryId)> StoryOverEightWeeksAsync()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(Start.AddYears(1)));
        services.AddBellwether();
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        var pipeline = provider.GetRequiredService<ISignalPipeline>();
        var stories = new HashSet<string?>();
        for (var i = 0; i < Strike.Length; i++)
        {
            var at = Start.AddDays(8 * i);
            stories.Add((await pipeline.IngestAsync(Headline("s" + i, Strike[i], at))).StoryId);
            await pipeline.IngestAsync(Headline("f" + i, Fillers[i], at));
        }

        stories.Should().ContainSingle("each strike headline is eight days from the last, within the 14-day half-life");
        return (pipeline, stories.Single()!);
    }

    private static Article Headline(string id, string title, DateTimeOffset publishedAt) =>
        new() { Id = id, Title = title, PublishedAt = publishedAt, Source = "Outlet " + id };
}
