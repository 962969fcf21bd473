namespace Bellwether.Core.Tests.Signals;

/// <summary>
/// A signal's key tags are those its evidence corroborates: a region, topic, domain or actor that one article of four
/// names in passing ("US stocks slip on Chinese exports; Chiquita …") does not tag a banana merger.
/// </summary>
public sealed class KeyTagsTests
{
    private static readonly Signal BananaMerger = new()
    {
        Id = "sig-banana",
        Headline = "Chiquita and Fyffes merge",
        Domains = [SignalDomain.Economic, SignalDomain.Political],
        Topics = ["mergers and acquisitions", "trade policy"],
        Regions = ["IE", "CN", "US"],
        Actors = ["Fyffes", "Chiquita", "Wall Street"],
        Evidence =
        [
            Evidence("a", [SignalDomain.Economic], ["mergers and acquisitions"], ["IE"], ["Fyffes", "Chiquita"]),
            Evidence("b", [SignalDomain.Economic], ["mergers and acquisitions"], [], ["Chiquita", "Fyffes"]),
            Evidence("c", [SignalDomain.Economic, SignalDomain.Political], ["trade policy"], ["CN", "US"], ["Chiquita", "Wall Street"]),
            Evidence("d", [SignalDomain.Economic], ["mergers and acquisitions"], ["IE"], ["Chiquita"]),
        ],
    };

    [Fact]
    public void KeyTags_TagsOneArticleOfFourNames_AreLeftOut()
    {
        BananaMerger.KeyRegions.Should().Equal("IE");
        BananaMerger.KeyTopics.Should().Equal("mergers and acquisitions");
        BananaMerger.KeyDomains.Should().Equal(SignalDomain.Economic);
        BananaMerger.Regions.Should().Contain("CN", "every tag any evidence named stays on the signal");
    }

    [Fact]
    public void KeyActors_SeveralCorroborated_AreMostNamedFirst() =>
        BananaMerger.KeyActors.Should().Equal("Chiquita", "Fyffes");

    [Fact]
    public void KeyTopics_TwoArticlesEachNamingTheirOwn_KeepsBoth()
    {
        var signal = BananaMerger with
        {
            Topics = ["semiconductors", "capital markets"],
            Evidence = [Evidence("a", [], ["semiconductors"], [], []), Evidence("b", [], ["capital markets"], [], [])],
        };

        signal.KeyTopics.Should().Equal("semiconductors", "capital markets");
    }

    [Fact]
    public void KeyTags_EvidenceStoredWithoutItsTags_AreAllTheSignalsTags()
    {
        var signal = BananaMerger with { Evidence = [.. BananaMerger.Evidence.Select(e => new ArticleEvidence { Article = e.Article })] };

        signal.KeyRegions.Should().Equal("IE", "CN", "US");
        signal.KeyActors.Should().Equal("Fyffes", "Chiquita", "Wall Street");
    }

    [Fact]
    public void KeyTags_ArticleThatNamedNothing_DoesNotDiluteTheRest()
    {
        var signal = BananaMerger with
        {
            Evidence = [.. BananaMerger.Evidence.Take(2), .. Enumerable.Range(0, 6).Select(i => new ArticleEvidence { Article = Reference($"bare-{i}") })],
        };

        signal.KeyTopics.Should().Equal("mergers and acquisitions");
    }

    private static ArticleEvidence Evidence(string id, SignalDomain[] domains, string[] topics, string[] regions, string[] actors) => new()
    {
        Article = Reference(id),
        Domains = domains,
        Topics = topics,
        Regions = regions,
        Actors = actors,
    };

    private static ArticleReference Reference(string id) => new(id, $"Article {id}", null, "Outlet", new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero));
}
