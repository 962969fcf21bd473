using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static Bellwether.Core.Tests.Briefs.BriefSignals;

namespace Bellwether.Core.Tests.Briefs;

public sealed class BriefComposerTests
{
    private static readonly DateTimeOffset Now = Day(5);

    [Fact]
    public async Task ComposeAsync_EmptyStore_IsSilentSayingNothingWasFound()
    {
        var composer = await ComposerAsync(Now, []);

        var brief = await composer.ComposeAsync(Marco());

        brief.IsSilent.Should().BeTrue();
        brief.SilenceReason.Should().Be("No signals have been found yet.");
        brief.ReaderName.Should().Be("Marco");
        brief.ComposedAt.Should().Be(Now);
    }

    [Fact]
    public async Task ComposeAsync_AllBelowMinimumStrength_IsSilentNamingTheStrongest()
    {
        var composer = await ComposerAsync(Now, [Make("weak", 2), Make("weaker", 1)]);

        var brief = await composer.ComposeAsync(Marco() with { MinimumStrength = 4 });

        brief.IsSilent.Should().BeTrue();
        brief.SilenceReason.Should().Contain("minimum strength of 4").And.Contain("the strongest is 2");
    }

    [Fact]
    public async Task ComposeAsync_StrongSignalMatchingInterest_IsNotSilentAndSaysNew()
    {
        var composer = await ComposerAsync(Now, [Make("chips", 7, topics: ["semiconductors"])]);

        var brief = await composer.ComposeAsync(Marco(Topic("Semiconductors")));

        brief.IsSilent.Should().BeFalse();
        brief.SilenceReason.Should().BeNull();
        var item = brief.Items.Should().ContainSingle().Subject;
        item.Signal.Id.Should().Be("chips");
        item.Reason.Should().Be("new");
        item.Novelty.Should().Be(BriefNovelty.New);
        item.MatchedInterests.Should().Equal("topic Semiconductors");
        item.Relevance.Should().Be(7);
    }

    [Fact]
    public async Task ComposeAsync_NothingMatchesInterests_IsSilentSayingSo()
    {
        var composer = await ComposerAsync(Now, [Make("oil", 8, topics: ["energy"], regions: ["SA"])]);

        var brief = await composer.ComposeAsync(Marco(Topic("semiconductors"), new ReaderInterest(InterestKind.Region, "CN")));

        brief.IsSilent.Should().BeTrue();
        brief.SilenceReason.Should().Be("None of the 1 signal of strength 3 or more matches your interests.");
    }

    [Fact]
    public async Task ComposeAsync_RegionOnlyOneArticleOfFourNames_DoesNotPutTheSignalInThatRegionsBrief()
    {
        var merger = Make("banana", 8, topics: ["mergers and acquisitions"], regions: ["IE", "CN"], history: [(1, 8, 4)]);
        merger = merger with
        {
            Evidence = [.. merger.Evidence.Select((e, i) => e with { Topics = ["mergers and acquisitions"], Regions = i == 2 ? ["CN"] : ["IE"] })],
        };
        var composer = await ComposerAsync(Now, [merger]);

        var china = await composer.ComposeAsync(Marco(new ReaderInterest(InterestKind.Region, "CN")));
        var ireland = await composer.ComposeAsync(Marco(new ReaderInterest(InterestKind.Region, "IE")));

        china.IsSilent.Should().BeTrue("one article of four mentioning Chinese exports does not make a banana merger Chinese news");
        ireland.Items.Should().ContainSingle().Which.Signal.Id.Should().Be("banana");
    }

    [Fact]
    public async Task ComposeAsync_SignalWithExcludedActor_IsLeftOut()
    {
        var composer = await ComposerAsync(Now, [Make("musk", 9, actors: ["Elon Musk"]), Make("chips", 5)]);

        var brief = await composer.ComposeAsync(Marco() with { Exclusions = [new ReaderInterest(InterestKind.Actor, "elon musk")] });

        brief.Items.Select(i => i.Signal.Id).Should().Equal("chips");
    }

    [Theory]
    [InlineData(" cn")]
    [InlineData("CN ")]
    public async Task ComposeAsync_RegionInterestWithSpaces_MatchesTheRegion(string region)
    {
        var composer = await ComposerAsync(Now, [Make("chips", 7, topics: ["semiconductors"], regions: ["CN"])]);

        var brief = await composer.ComposeAsync(Marco(new ReaderInterest(InterestKind.Region, region)));

        brief.Items.Should().ContainSingle().Which.MatchedInterests.Should().Equal("region CN");
    }

    [Theory]
    [InlineData(InterestKind.Region, "CN ")]
    [InlineData(InterestKind.Actor, " elon musk ")]
    public async Task ComposeAsync_ExclusionWithSpaces_LeavesTheSignalOut(InterestKind kind, string value)
    {
        var composer = await ComposerAsync(Now, [Make("chips", 7, regions: ["CN"], actors: ["Elon Musk"]), Make("oil", 5, regions: ["SA"])]);

        var brief = await composer.ComposeAsync(Marco() with { Exclusions = [new ReaderInterest(kind, value)] });

        brief.Items.Select(i => i.Signal.Id).Should().Equal("oil");
    }

    [Fact]
    public async Task ComposeAsync_NothingChangedSinceLastBrief_IsSilentSayingSo()
    {
        var composer = await ComposerAsync(Now, [Make("old", 8, firstDay: 1, history: [(1, 6, 1), (2, 8, 2)])]);

        var brief = await composer.ComposeAsync(Marco() with { LastBriefAt = Day(3) });

        brief.IsSilent.Should().BeTrue();
        brief.SilenceReason.Should().Be("Nothing of strength 3 or more is new or reinforced since your last brief (2026-05-20 08:00 UTC).");
    }

    [Fact]
    public async Task ComposeAsync_ReinforcedOnlyBySameArticleCountAndLowerStrength_IsSilentSayingNothingGrew()
    {
        var composer = await ComposerAsync(Now, [Make("faded", 5, firstDay: 1, history: [(1, 7, 2), (4, 5, 2)])]);

        var brief = await composer.ComposeAsync(Marco() with { LastBriefAt = Day(2) });

        brief.IsSilent.Should().BeTrue();
        brief.SilenceReason.Should().Be("None of the 1 signal matching your interests gained articles or strength since your last brief (2026-05-19 08:00 UTC).");
    }

    [Fact]
    public async Task ComposeAsync_ReinforcedSinceLastBrief_SaysWhatChanged()
    {
        var signal = Make("grew", 8, firstDay: 1, history: [(1, 6, 1), (4, 8, 3)]);
        var composer = await ComposerAsync(Now, [signal]);

        var brief = await composer.ComposeAsync(Marco() with { LastBriefAt = Day(2) });

        var item = brief.Items.Should().ContainSingle().Subject;
        item.Novelty.Should().Be(BriefNovelty.Reinforced);
        item.Reason.Should().Be("reinforced: +2 articles, str 6 → 8");
        item.Relevance.Should().Be(8 * 1.0, "two added articles already give the full novelty factor");
    }

    [Fact]
    public async Task ComposeAsync_ReinforcedWithoutStrengthGain_ComparesAgainstTheStateAtTheLastBrief()
    {
        // Three writes; the reader saw the second one, so only the third counts.
        var signal = Make("steady", 6, firstDay: 1, history: [(1, 5, 1), (2, 6, 2), (4, 6, 3)]);
        var composer = await ComposerAsync(Now, [signal]);

        var brief = await composer.ComposeAsync(Marco() with { LastBriefAt = Day(3) });

        var item = brief.Items.Should().ContainSingle().Subject;
        item.Reason.Should().Be("reinforced: +1 article, str 6");
        item.Relevance.Should().BeApproximately(6 * 0.75, 1e-9);
    }

    [Fact]
    public async Task ComposeAsync_NewSinceLastBrief_OutranksEquallyStrongReinforcedSignal()
    {
        var reinforced = Make("reinforced", 7, firstDay: 1, history: [(1, 7, 1), (4, 7, 2)]);
        var fresh = Make("fresh", 7, firstDay: 4);
        var composer = await ComposerAsync(Now, [reinforced, fresh]);

        var brief = await composer.ComposeAsync(Marco() with { LastBriefAt = Day(3) });

        brief.Items.Select(i => (i.Signal.Id, i.Reason)).Should().Equal(("fresh", "new"), ("reinforced", "reinforced: +1 article, str 7"));
    }

    [Fact]
    public async Task ComposeAsync_HeavierInterest_OutranksStrongerSignal()
    {
        var composer = await ComposerAsync(Now, [
            Make("ai", 8, topics: ["AI"]),
            Make("chips", 6, topics: ["semiconductors"]),
            Make("cn-chips", 5, topics: ["semiconductors"], regions: ["CN"]),
        ]);

        var brief = await composer.ComposeAsync(Marco(Topic("AI", 1), Topic("semiconductors", 2), new ReaderInterest(InterestKind.Region, "CN", 1.5)));

        // cn-chips: 5 × (2 + 1.5) = 17.5; chips: 6 × 2 = 12; ai: 8 × 1 = 8.
        brief.Items.Select(i => i.Signal.Id).Should().Equal("cn-chips", "chips", "ai");
        brief.Items.Select(i => i.Relevance).Should().Equal(17.5, 12, 8);
    }

    [Fact]
    public async Task ComposeAsync_TwoSignalsFromTheSameStory_KeepsOnlyTheMoreRelevant()
    {
        var composer = await ComposerAsync(Now, [
            Make("a", 8, topics: ["AI"], story: "story-ymtc-ipo"),
            Make("b", 7, topics: ["markets"], story: "story-ymtc-ipo"),
            Make("c", 6, topics: ["energy"]),
        ]);

        var brief = await composer.ComposeAsync(Marco());

        brief.Items.Select(i => i.Signal.Id).Should().Equal("a", "c");
    }

    [Fact]
    public async Task ComposeAsync_MoreSignalsOnOneTopicThanAllowed_CapsThatTopic()
    {
        var composer = await ComposerAsync(
            Now,
            [Make("s1", 9), Make("s2", 8), Make("s3", 7), Make("e1", 4, topics: ["energy"])],
            o => o.MaxItemsPerTopic = 2);

        var brief = await composer.ComposeAsync(Marco());

        brief.Items.Select(i => i.Signal.Id).Should().Equal("s1", "s2", "e1");
    }

    [Fact]
    public async Task ComposeAsync_MoreQualifyingThanMaxItems_TakesTheMostRelevant()
    {
        var topics = new[] { "a", "b", "c", "d" };
        var composer = await ComposerAsync(Now, topics.Select((t, i) => Make(t, 9 - i, topics: [t])));

        var brief = await composer.ComposeAsync(Marco() with { MaxItems = 2 });

        brief.Items.Select(i => i.Signal.Id).Should().Equal("a", "b");
    }

    [Fact]
    public async Task ComposeAsync_SameStoreProfileAndTime_GivesTheSameBriefWhateverTheInsertionOrder()
    {
        var signals = Enumerable.Range(1, 12).Select(i => Make($"s{i:00}", 3 + (i % 4), topics: [$"t{i % 5}"], firstDay: 1 + (i % 3))).ToList();
        var forward = await ComposerAsync(Now, signals);
        var backward = await ComposerAsync(Now, Enumerable.Reverse(signals));
        var reader = Marco() with { MaxItems = 8 };

        var first = await forward.ComposeAsync(reader);
        var again = await forward.ComposeAsync(reader);
        var reversed = await backward.ComposeAsync(reader);

        var expected = first.Items.Select(i => (i.Signal.Id, i.Relevance, i.Reason)).ToList();
        expected.Should().HaveCount(8);
        again.Items.Select(i => (i.Signal.Id, i.Relevance, i.Reason)).Should().Equal(expected);
        reversed.Items.Select(i => (i.Signal.Id, i.Relevance, i.Reason)).Should().Equal(expected);
    }

    [Fact]
    public async Task ComposeAsync_InvalidProfile_ThrowsNamingTheField()
    {
        var composer = await ComposerAsync(Now, []);

        var act = async () => await composer.ComposeAsync(Marco() with { Email = "marco.example.com" });

        (await act.Should().ThrowAsync<ReaderProfileValidationException>()).Which.Field.Should().Be("Email");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public void BriefOptions_MaxItemsPerTopicOutOfRange_FailsValidation(int value)
    {
        var services = new ServiceCollection();
        services.AddBellwether().ConfigureBriefs(o => o.MaxItemsPerTopic = value);
        using var provider = services.BuildServiceProvider();

        var act = () => provider.GetRequiredService<IOptions<BriefOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().Which.Message.Should().Contain("MaxItemsPerTopic");
    }
}
