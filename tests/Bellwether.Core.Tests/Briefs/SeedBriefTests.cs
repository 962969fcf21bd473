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
