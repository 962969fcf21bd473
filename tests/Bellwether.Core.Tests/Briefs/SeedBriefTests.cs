using Bellwether.Core.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bellwether.Core.Tests.Briefs;

/// <summary>The default composer on the seed articles, ingested through the real pipeline with its defaults.</summary>
public sealed class SeedBriefTests
{
    private static readonly DateTimeOffset MorningAfter = new(2026, 5, 22, 5, 0, 0, TimeSpan.Zero);

    private static readonly ReaderProfile Everything = new() { Name = "Marco", Email = "marco@example.com", MinimumStrength = 1, MaxItems = 10 };

    [Fact]
    public async Task ComposeAsync_FirstBriefAfterTheSeeds_IsNotSilentAndEverythingIsNew()
    {
        var composer = await IngestSeedsAsync();

        var brief = await composer.ComposeAsync(Everything);

        brief.IsSilent.Should().BeFalse();
        brief.Items.Should().OnlyContain(i => i.Reason == "new" && i.Novelty == BriefNovelty.New);
        brief.Items.SelectMany(i => i.Signal.Evidence.Select(e => e.StoryId).Distinct()).Should().OnlyHaveUniqueItems("no two items share a story");
    }

    [Fact]
    public async Task ComposeAsync_LastBriefBetweenTheSeeds_HoldsOnlyWhatCameAfter()
    {
        var since = new DateTimeOffset(2026, 5, 20, 12, 0, 0, TimeSpan.Zero);
        var composer = await IngestSeedsAsync();

        var brief = await composer.ComposeAsync(Everything with { LastBriefAt = since });

        brief.IsSilent.Should().BeFalse("the second seed article was published after the last brief");
        brief.Items.Should().OnlyContain(i => i.Signal.LastReinforcedAt > since);
        brief.Items.Should().OnlyContain(i => i.Novelty != BriefNovelty.New || i.Signal.FirstExtractedAt > since);
        brief.Items.Should().Contain(
            i => i.Novelty == BriefNovelty.Reinforced && i.Signal.ArticleCount == 2,
            "the pattern both seeds express was extracted before the last brief and reinforced after it");
    }

    [Fact]
    public async Task ComposeAsync_LastBriefAfterEverySeed_IsSilentSayingNothingIsNew()
    {
        var composer = await IngestSeedsAsync();

        var brief = await composer.ComposeAsync(Everything with { LastBriefAt = MorningAfter.AddHours(-1) });

        brief.IsSilent.Should().BeTrue();
        brief.SilenceReason.Should().StartWith("Nothing of strength 1 or more is new or reinforced since your last brief");
    }

    [Fact]
    public async Task ComposeAsync_SeenSignalUnchangedForMonthsBesideNews_IsListedAsWeakenedAfterTheNews()
    {
        var clock = new FakeTimeProvider(MorningAfter);
        var (composer, pipeline) = await IngestSeedsAsync(clock);
        clock.Advance(TimeSpan.FromDays(120));
        await pipeline.IngestAsync(new Article
        {
            Id = "later",
            Title = "Drought cuts Kenya's maize harvest",
            Text = "A third failed rainy season has cut Kenya's maize harvest by a fifth, the agriculture ministry said on Monday. Farmers in the Rift Valley said they had sold livestock to buy food.",
            Source = "Wire",
            PublishedAt = clock.GetUtcNow(),
        });

        var brief = await composer.ComposeAsync(Everything with { LastBriefAt = MorningAfter.AddHours(1) });

        brief.IsSilent.Should().BeFalse();
        brief.Items[0].Novelty.Should().Be(BriefNovelty.New, "what is new comes first");
        brief.Items.Should().ContainSingle(i => i.Novelty == BriefNovelty.Weakened)
            .Which.Reason.Should().MatchRegex(@"^weakened: str 8 → [1-7]$", "the seed signal was str 8 when the reader last saw it and four months have passed");
    }

    [Fact]
    public async Task ComposeAsync_OnlyWeakenedSignals_IsSilent()
    {
        var clock = new FakeTimeProvider(MorningAfter);
        var (composer, _) = await IngestSeedsAsync(clock);
        clock.Advance(TimeSpan.FromDays(120));

        var brief = await composer.ComposeAsync(Everything with { LastBriefAt = MorningAfter.AddHours(1) });

        brief.IsSilent.Should().BeTrue("a weakening alone is not something worth saying");
    }

    private static async Task<(IBriefComposer Composer, ISignalPipeline Pipeline)> IngestSeedsAsync(FakeTimeProvider clock)
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(clock);
        services.AddBellwether();
        var provider = services.BuildServiceProvider();
        var pipeline = provider.GetRequiredService<ISignalPipeline>();
        foreach (var article in SeedArticles.Load().OrderBy(a => a.PublishedAt))
        {
            await pipeline.IngestAsync(article);
        }

        return (provider.GetRequiredService<IBriefComposer>(), pipeline);
    }

    private static async Task<IBriefComposer> IngestSeedsAsync()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(MorningAfter));
        services.AddBellwether();
        var provider = services.BuildServiceProvider();
        var pipeline = provider.GetRequiredService<ISignalPipeline>();
        foreach (var article in SeedArticles.Load().OrderBy(a => a.PublishedAt))
        {
            await pipeline.IngestAsync(article);
        }

        return provider.GetRequiredService<IBriefComposer>();
    }
}
