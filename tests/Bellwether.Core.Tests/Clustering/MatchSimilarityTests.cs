using Bellwether.Testing.Internal;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bellwether.Core.Tests.Clustering;

/// <summary>
/// An <see cref="IMatchSimilarity"/> weighs the stories and signals the index retrieved: scored by their word
/// similarity alone it groups exactly as the default matcher, and its score decides against the bars.
/// </summary>
public sealed class MatchSimilarityTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 5, 22, 6, 0, 0, TimeSpan.Zero));
    private readonly List<ServiceProvider> _providers = [];

    [Fact]
    public async Task IngestAsync_SimilarityScoringTheWordSimilarity_GroupsExactlyAsTheDefault()
    {
        var stream = OverlappingHeadlines.Stream(60);

        var byDefault = await GroupAsync(stream, null);
        var byWords = await GroupAsync(stream, new Scored(f => f.WordSimilarity));

        byWords.Should().Equal(byDefault);
        byDefault.Select(g => g.Story).Distinct().Should().HaveCountLessThan(60, "the stream must join stories for this test to mean anything");
    }

    [Fact]
    public async Task IngestAsync_SimilarityScoringZero_StartsAStoryAndASignalForEveryArticle()
    {
        var stream = OverlappingHeadlines.Stream(30);

        var grouping = await GroupAsync(stream, new Scored(_ => 0));

        grouping.Select(g => g.Story).Distinct().Should().HaveCount(30);
        grouping.Select(g => g.Signal).Distinct().Should().HaveCount(30);
    }

    [Fact]
    public async Task IngestAsync_AnySimilarity_SeesBothLevelsWithTheirMeasures()
    {
        var seen = new List<MatchFeatures>();
        var stream = OverlappingHeadlines.Stream(30);

        await GroupAsync(stream, new Scored(f =>
        {
            seen.Add(f);
            return f.WordSimilarity;
        }));

        seen.Select(f => f.Level).Should().Contain([MatchLevel.Story, MatchLevel.Signal]);
        seen.Should().OnlyContain(f => f.WordSimilarity >= 0 && f.WordSimilarity <= 1 + 1e-9 && f.TimeApart >= TimeSpan.Zero && f.CandidateSize >= 1);
        seen.Should().OnlyContain(f => !f.ArticleHasBody, "the stream is bare headlines");
    }

    public void Dispose()
    {
        foreach (var provider in _providers)
        {
            provider.Dispose();
        }
    }

    private async Task<List<(string Article, string? Story, string? Signal)>> GroupAsync(IReadOnlyList<Article> stream, IMatchSimilarity? similarity)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(_clock);
        if (similarity is not null)
        {
            services.AddSingleton(similarity);
        }

        services.AddBellwether();
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        var pipeline = provider.GetRequiredService<ISignalPipeline>();
        var matcher = provider.GetRequiredService<ISignalMatcher>();
        var results = new List<(string, IngestResult)>();
        foreach (var article in stream)
        {
            results.Add((article.Id, await pipeline.IngestAsync(article)));
        }

        return [.. results.Select(r => (r.Item1, r.Item2.StoryId is { } story ? matcher.ResolveStory(story) : null, r.Item2.Created.Concat(r.Item2.Reinforced).Select(s => s.Id).FirstOrDefault()))];
    }

    private sealed class Scored(Func<MatchFeatures, double> score) : IMatchSimilarity
    {
        public double Score(in MatchFeatures features) => score(features);
    }
}
