using static Bellwether.Testing.Internal.TestSignals;

namespace Bellwether.Testing;

#pragma warning disable CS1591 // A test's name (Method_Condition_Result) is its documentation.

/// <summary>Evidence survives every write in full and in order; a signal no store can hold is refused by all alike.</summary>
public abstract partial class SignalStoreContract
{
    [SkippableFact]
    public async Task EveryRead_SignalsReinforcedAndMerged_ReturnEachSignalsEvidenceInFullAndInOrder()
    {
        var store = OpenStore();
        var saved = new Dictionary<string, Signal>(StringComparer.Ordinal);
        foreach (var id in new[] { "s-1", "s-2", "s-3", "s-4" })
        {
            var signal = WithEvidence(Signal(id, strength: int.Parse(id[2..], System.Globalization.CultureInfo.InvariantCulture)), $"{id}-a", $"{id}-b", $"{id}-c");
            saved[id] = (await store.SaveAsync(Creating($"create-{id}", signal))).Created.Single();
        }

        foreach (var (article, id) in new[] { ("r-1", "s-1"), ("r-2", "s-2"), ("r-3", "s-1"), ("r-4", "s-3") })
        {
            saved[id] = (await store.SaveAsync(Reinforcing(article, id))).Reinforced.Single();
        }

        saved["s-1"] = await store.MergeAsync("s-1", "s-4", Absorb);
        saved.Remove("s-4");

        saved["s-1"].Evidence.Select(e => e.Article.Id).Should().Equal("s-1-a", "s-1-b", "s-1-c", "r-1", "r-3", "s-4-a", "s-4-b", "s-4-c");
        var reader = OpenStore();
        foreach (var (id, expected) in saved)
        {
            (await reader.GetAsync(id)).Should().BeEquivalentTo(expected, o => o.WithStrictOrdering().IncludingInternalProperties());
        }

        var pages = new List<Signal>();
        int? offset = 0;
        while (offset is { } from)
        {
            var page = await reader.QueryAsync(new SignalQuery { Limit = 2, Offset = from });
            pages.AddRange(page.Items);
            offset = page.NextOffset;
        }

        pages.Should().BeEquivalentTo(saved.Values.OrderByDescending(s => s.Strength.Strength), o => o.WithStrictOrdering().IncludingInternalProperties());
        var changes = await reader.ReadChangesAsync(0, 100);
        changes.Where(c => !c.IsDeleted).Select(c => c.Signal!).OrderBy(s => s.Id, StringComparer.Ordinal)
            .Should().BeEquivalentTo(saved.Values.OrderBy(s => s.Id, StringComparer.Ordinal), o => o.WithStrictOrdering().IncludingInternalProperties());
        changes.Single(c => c.IsDeleted).SignalId.Should().Be("s-4");
    }

    [SkippableFact]
    public async Task SaveAsync_ReinforcementRewritingEarlierEvidence_StoresExactlyTheListItReturns()
    {
        var store = OpenStore();
        await store.SaveAsync(Creating("a-0", WithEvidence(Signal("s-1"), "a-0", "a-1", "a-2", "a-3")));
        var rewrite = new SignalChangeSet
        {
            Article = Record("a-4"),
            Reinforcements =
            [
                // Keeps the first entry, marks the second a copy, drops the last two and adds one.
                new SignalReinforcement("s-1", s => s with { Evidence = [s.Evidence[0], s.Evidence[1] with { IsNearDuplicate = true, StoryId = "story-new" }, WithEvidence(s, "a-4").Evidence[0]] }),
            ],
        };

        var written = (await store.SaveAsync(rewrite)).Reinforced.Single();
        var shorter = (await store.SaveAsync(new SignalChangeSet { Article = Record("a-5"), Reinforcements = [new SignalReinforcement("s-1", s => s with { Evidence = [s.Evidence[0]] })] })).Reinforced.Single();

        written.Evidence.Select(e => e.Article.Id).Should().Equal("a-0", "a-1", "a-4");
        shorter.Evidence.Select(e => e.Article.Id).Should().Equal("a-0");
        (await OpenStore().GetAsync("s-1")).Should().BeEquivalentTo(shorter, o => o.WithStrictOrdering().IncludingInternalProperties());
        var grown = (await store.SaveAsync(Reinforcing("a-6", "s-1"))).Reinforced.Single();
        (await OpenStore().GetAsync("s-1"))!.Evidence.Should().BeEquivalentTo(grown.Evidence, o => o.WithStrictOrdering().IncludingInternalProperties()).And.HaveCount(2);
    }

    [SkippableTheory]
    [InlineData("Headline")]
    [InlineData("Analysis")]
    [InlineData("Topics[0]")]
    [InlineData("Actors[1]")]
    [InlineData("Strength.CappedBecause")]
    [InlineData("Evidence[0].Article.Title")]
    [InlineData("Evidence[1].Quotes[1].Text")]
    [InlineData("Evidence[1].Reasoning")]
    public async Task SaveAsync_NewSignalWithNulInAString_ThrowsValidationNamingTheFieldAndWritesNothing(string field)
    {
        var signal = WithEvidence(Signal("s-1", actors: ["ASML", "TSMC"]), "a-0", "a-1");
        signal = field switch
        {
            "Headline" => signal with { Headline = "Export\0 controls" },
            "Analysis" => signal with { Analysis = "Because\0." },
            "Topics[0]" => signal with { Topics = ["semi\0conductors"] },
            "Actors[1]" => signal with { Actors = ["ASML", "TS\0MC"] },
            "Strength.CappedBecause" => signal with { Strength = signal.Strength with { CappedBecause = "single\0source" } },
            "Evidence[0].Article.Title" => signal with { Evidence = [signal.Evidence[0] with { Article = signal.Evidence[0].Article with { Title = "Ti\0tle" } }, signal.Evidence[1]] },
            "Evidence[1].Quotes[1].Text" => signal with { Evidence = [signal.Evidence[0], signal.Evidence[1] with { Quotes = [signal.Evidence[1].Quotes[0], new Quote("A\0 sentence.", "sentence")] }] },
            _ => signal with { Evidence = [signal.Evidence[0], signal.Evidence[1] with { Reasoning = "Re\0asoning" }] },
        };
        var store = OpenStore();

        var act = async () => await store.SaveAsync(Creating("a-1", signal));

        var error = (await act.Should().ThrowAsync<SignalValidationException>()).Which;
        error.SignalId.Should().Be("s-1");
        error.Field.Should().Be(field);
        error.Message.Should().Contain(field).And.Contain("U+0000");
        (await store.GetAsync("s-1")).Should().BeNull();
        (await store.ContainsArticleAsync(Record("a-1"))).Should().BeFalse();
    }

    [SkippableFact]
    public async Task SaveAsyncAndMergeAsync_ResultWithNulInEvidence_ThrowValidationAndChangeNothing()
    {
        var store = OpenStore();
        await store.SaveAsync(Creating("a-1", Signal("s-1", articleId: "a-1")));
        await store.SaveAsync(Creating("a-2", Signal("s-2", articleId: "a-2")));
        var reinforcing = new SignalChangeSet
        {
            Article = Record("a-3"),
            Reinforcements = [new SignalReinforcement("s-1", s => s with { Evidence = [.. s.Evidence, s.Evidence[0] with { StoryId = "story\0" }] })],
        };

        var reinforce = async () => await store.SaveAsync(reinforcing);
        var merge = async () => await store.MergeAsync("s-1", "s-2", (survivor, absorbed) => Absorb(survivor, absorbed) with { Topics = ["chips\0"] });

        (await reinforce.Should().ThrowAsync<SignalValidationException>()).Which.Field.Should().Be("Evidence[1].StoryId");
        (await merge.Should().ThrowAsync<SignalValidationException>()).Which.Field.Should().Be("Topics[0]");
        (await store.ContainsArticleAsync(Record("a-3"))).Should().BeFalse();
        foreach (var id in new[] { "s-1", "s-2" })
        {
            var stored = await OpenStore().GetAsync(id);
            stored!.Version.Should().Be(1);
            stored.Evidence.Should().ContainSingle();
        }
    }
}
