using System.Text.Json;

namespace Bellwether.Core.Tests.Serialization;

public sealed class BellwetherJsonContextTests
{
    private static readonly DateTimeOffset May20 = new(2026, 5, 20, 8, 0, 0, TimeSpan.Zero);

    private static readonly Signal SeedPageSignal = new()
    {
        Id = "sig_1",
        Headline = "Export controls accelerating domestic capital formation: sanctioned semiconductor firms pursue mega-IPOs",
        Horizon = SignalHorizon.Structural,
        Domains = [SignalDomain.Economic, SignalDomain.Technological],
        Topics = ["AI", "semiconductors", "geopolitics"],
        Regions = ["CN", "US"],
        Actors = ["Yangtze Memory Technologies", "US Commerce Department"],
        Analysis = "Sanctions are pushing chip firms toward domestic capital markets.",
        Strength = new StrengthBreakdown { Strength = 8, RawScore = 7.8, Components = [new("independent sources", 2, 4.75, "2 independent sources")], ComputedAt = May20 },
        ExtractionCount = 2,
        FirstExtractedAt = May20,
        LastReinforcedAt = May20.AddDays(1),
        Evidence =
        [
            new ArticleEvidence
            {
                Article = new ArticleReference("ymtc", "Yangtze Memory Moves Toward Listing", new Uri("https://example.com/ymtc"), "Example Wire", May20),
                Quotes = [new Quote("its Q1 2026 revenue doubled to over 20 billion yuan", "Q1 2026")],
                Reasoning = "Restriction offset by state capital.",
                StoryId = "story_1",
            },
        ],
        History = [new SignalSnapshot(May20, 8, 1, 2)],
        Version = 3,
    };

    [Fact]
    public void StoredSignalJson_EvidenceWithCopySketch_KeepsTheInternalSketchThroughTheStoredJson()
    {
        var evidence = SeedPageSignal.Evidence[0] with { Article = SeedPageSignal.Evidence[0].Article with { CopySketch = [3u, 7u, uint.MaxValue] } };

        var stored = StoredSignalJson.SerializeEvidence(evidence);
        var read = StoredSignalJson.Deserialize(StoredSignalJson.SerializeBody(SeedPageSignal), $"[{stored}]");

        stored.Should().Contain("\"copySketch\":[3,7,4294967295]");
        read.Evidence.Should().ContainSingle().Which.Article.CopySketch.Should().Equal(3u, 7u, uint.MaxValue);
    }

    [Fact]
    public void Serialize_Signal_WritesEnumsAsTheSeedPageShowsThem()
    {
        var json = JsonSerializer.Serialize(SeedPageSignal with { Horizon = SignalHorizon.EventDriven }, BellwetherJsonContext.Default.Signal);

        json.Should().Contain("\"horizon\": \"event-driven\"").And.Contain("\"economic\"").And.Contain("\"articleCount\": 1");
    }

    [Fact]
    public void Deserialize_SerializedSignal_RoundTripsEveryField()
    {
        var json = JsonSerializer.Serialize(SeedPageSignal, BellwetherJsonContext.Default.Signal);

        var back = JsonSerializer.Deserialize(json, BellwetherJsonContext.Default.Signal);

        back.Should().BeEquivalentTo(SeedPageSignal);
    }

    [Fact]
    public void Deserialize_UnknownEnumValue_ThrowsJsonException()
    {
        var json = JsonSerializer.Serialize(SeedPageSignal, BellwetherJsonContext.Default.Signal).Replace("\"structural\"", "\"someday\"", StringComparison.Ordinal);

        var read = () => JsonSerializer.Deserialize(json, BellwetherJsonContext.Default.Signal);

        read.Should().Throw<JsonException>();
    }

    [Fact]
    public void Deserialize_MinimalArticle_KeepsTheDefaultTextAndLanguageAndValidates()
    {
        var article = JsonSerializer.Deserialize("""{"id":"a1","title":"Fed holds rates"}""", BellwetherJsonContext.Default.Article)!;

        article.Should().Be(new Article { Id = "a1", Title = "Fed holds rates" });
        article.Invoking(a => a.Validate()).Should().NotThrow();
    }

    [Fact]
    public void Deserialize_MinimalReaderProfile_KeepsEveryDefaultAndValidates()
    {
        var profile = JsonSerializer.Deserialize("""{"name":"Marco","email":"marco@example.com"}""", BellwetherJsonContext.Default.ReaderProfile)!;

        profile.Should().BeEquivalentTo(new ReaderProfile { Name = "Marco", Email = "marco@example.com" });
        profile.MaxItems.Should().Be(5);
        profile.MinimumStrength.Should().Be(5);
        profile.TimeZoneId.Should().Be("UTC");
        profile.Invoking(p => p.Validate()).Should().NotThrow();
    }

    [Fact]
    public void Deserialize_ReaderProfileWithSomeValues_KeepsThoseAndDefaultsTheRest()
    {
        var profile = JsonSerializer.Deserialize("""{"name":"Marco","email":"marco@example.com","maxItems":3,"interests":[{"kind":"region","value":"CN"}]}""", BellwetherJsonContext.Default.ReaderProfile)!;

        profile.MaxItems.Should().Be(3);
        profile.MinimumStrength.Should().Be(5);
        profile.Interests.Should().Equal(new ReaderInterest(InterestKind.Region, "CN"));
        profile.Exclusions.Should().BeEmpty();
    }

    [Fact]
    public void Deserialize_BriefWithoutItems_IsSilentInTheReadersDefaultTimeZone()
    {
        var brief = JsonSerializer.Deserialize("""{"readerName":"Marco","composedAt":"2026-05-20T08:00:00Z"}""", BellwetherJsonContext.Default.Brief)!;

        brief.IsSilent.Should().BeTrue();
        brief.TimeZoneId.Should().Be("UTC");
    }

    [Fact]
    public void Deserialize_MinimalSignal_HasEmptyListsOneExtractionAndTheLowestStrength()
    {
        var signal = JsonSerializer.Deserialize("""{"id":"s1","headline":"Chips rally","strength":{"rawScore":1.5}}""", BellwetherJsonContext.Default.Signal)!;

        signal.Should().BeEquivalentTo(new Signal { Id = "s1", Headline = "Chips rally", Strength = new StrengthBreakdown { RawScore = 1.5 } });
        signal.ExtractionCount.Should().Be(1);
        signal.Strength.Strength.Should().Be(StrengthBreakdown.Min);
        signal.ArticleCount.Should().Be(0);
    }

    [Fact]
    public void Deserialize_MinimalCandidateAndIngestResult_HaveEmptyListsAndText()
    {
        var candidate = JsonSerializer.Deserialize("""{"headline":"Chips rally","evidence":{"article":{"id":"a1","title":"Chips"}}}""", BellwetherJsonContext.Default.SignalCandidate)!;
        var result = JsonSerializer.Deserialize("""{"articleId":"a1","outcome":"noSignals"}""", BellwetherJsonContext.Default.IngestResult)!;

        candidate.Invoking(c => c.Validate(new Article { Id = "a1", Title = "Chips" }, 0)).Should().NotThrow();
        candidate.Analysis.Should().BeEmpty();
        candidate.Evidence.Quotes.Should().BeEmpty();
        candidate.Evidence.Reasoning.Should().BeEmpty();
        result.Created.Should().BeEmpty();
        result.Reinforced.Should().BeEmpty();
    }
}
