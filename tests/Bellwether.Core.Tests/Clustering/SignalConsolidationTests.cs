using Bellwether.Core.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bellwether.Core.Tests.Clustering;

/// <summary>
/// The seed articles (CXMT's listing, Cambricon's revenue) are two stories of one pattern: with the defaults and the
/// offline extractor they reinforce one signal, for as long as the signal half-life keeps the pattern joinable.
/// </summary>
public sealed class SignalConsolidationTests : IDisposable
{
    private static readonly DateTimeOffset May20 = new(2026, 5, 20, 8, 0, 0, TimeSpan.Zero);
    private readonly List<ServiceProvider> _providers = [];

    [Fact]
    public async Task IngestAsync_TwoStoriesOfOnePatternADayApart_ReinforceOneSignalFromTwoOutlets()
    {
        var (first, second) = await IngestSeedsAsync(TimeSpan.FromDays(1));

        second.Reinforced.Should().ContainSingle(s => first.Created.Select(c => c.Id).Contains(s.Id)).Which.ArticleCount.Should().Be(2);
        var signal = second.Reinforced.Single(s => first.Created.Select(c => c.Id).Contains(s.Id));
        signal.Strength.Strength.Should().BeGreaterThan(5, "two independent outlets lift it past the single-source ceiling");
        signal.ExtractionCount.Should().Be(2);
    }

    [Fact]
    public async Task IngestAsync_SamePatternTwoMonthsLater_StillJoinsAStructuralPattern()
    {
        var (first, second) = await IngestSeedsAsync(TimeSpan.FromDays(60));

        second.Reinforced.Select(s => s.Id).Should().Contain(first.Created.Select(c => c.Id), "a pattern stays joinable for months");
    }

    [Fact]
    public async Task IngestAsync_SamePatternAfterManyHalfLives_StartsANewSignal()
    {
        var (first, second) = await IngestSeedsAsync(TimeSpan.FromDays(10 * 365));

        second.Reinforced.Select(s => s.Id).Should().NotIntersectWith(first.Created.Select(c => c.Id), "after ten half-lives the similarity needed is a thousand times higher");
    }

    [Fact]
    public async Task IngestAsync_EventsFadeInADay_AStructuralPatternStillJoinsMonthsLater()
    {
        var (first, second) = await IngestSeedsAsync(TimeSpan.FromDays(60), o => o.EventSignalHalfLife = TimeSpan.FromDays(1));

        first.Created.Should().OnlyContain(s => s.Horizon == SignalHorizon.Structural);
        second.Reinforced.Select(s => s.Id).Should().Contain(first.Created.Select(c => c.Id), "a structural signal fades at SignalHalfLife, not at the event half-life");
    }

    [Fact]
    public async Task IngestAsync_LastingPatternsFadeInADay_TheStructuralPatternMonthsLaterStartsANewSignal()
    {
        var (first, second) = await IngestSeedsAsync(TimeSpan.FromDays(60), o => (o.SignalHalfLife, o.EventSignalHalfLife) = (TimeSpan.FromDays(1), TimeSpan.FromDays(365)));

        second.Reinforced.Select(s => s.Id).Should().NotIntersectWith(first.Created.Select(c => c.Id), "the half-life is chosen by the signal's horizon");
    }

    [Theory]
    [InlineData(SignalHorizon.EventDriven, 3)]
    [InlineData(SignalHorizon.Emerging, 300)]
    [InlineData(SignalHorizon.Cyclical, 300)]
    [InlineData(SignalHorizon.Structural, 300)]
    public void SignalHalfLifeOf_Horizon_IsTheEventHalfLifeOnlyForEvents(SignalHorizon horizon, int days)
    {
        var options = new ClusteringOptions { EventSignalHalfLife = TimeSpan.FromDays(3), SignalHalfLife = TimeSpan.FromDays(300) };

        options.SignalHalfLifeOf(horizon).Should().Be(TimeSpan.FromDays(days));
    }

    public void Dispose()
    {
        foreach (var provider in _providers)
        {
            provider.Dispose();
        }
    }

    private async Task<(IngestResult First, IngestResult Second)> IngestSeedsAsync(TimeSpan gap, Action<ClusteringOptions>? clustering = null)
    {
        var seeds = SeedArticles.Load();
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(May20 + gap + TimeSpan.FromHours(1)));
        services.AddBellwether().ConfigureClustering(clustering ?? (_ => { }));
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        var pipeline = provider.GetRequiredService<ISignalPipeline>();
        var first = await pipeline.IngestAsync(seeds[0] with { PublishedAt = May20 });
        var second = await pipeline.IngestAsync(seeds[1] with { PublishedAt = May20 + gap });
        first.Created.Should().NotBeEmpty();
        return (first, second);
    }
}
