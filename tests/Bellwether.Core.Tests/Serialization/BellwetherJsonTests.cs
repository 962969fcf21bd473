using System.Text.Json;

namespace Bellwether.Core.Tests.Serialization;

public sealed class BellwetherJsonTests
{
    [Fact]
    public void Options_ChangedByCaller_ThrowsBecauseReadOnly()
    {
        var change = () => BellwetherJson.Options.WriteIndented = false;

        change.Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Options_TypeInfoOfSignal_SerializesWithoutReflection()
    {
        var json = JsonSerializer.Serialize(SeedPageSignal, BellwetherJson.Options.GetTypeInfo(typeof(Signal)));

        json.Should().Contain("\"headline\": \"Export controls accelerating domestic capital formation");
    }

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
        var json = JsonSerializer.Serialize(SeedPageSignal with { Horizon = SignalHorizon.EventDriven }, BellwetherJson.Options);

        json.Should().Contain("\"horizon\": \"event-driven\"").And.Contain("\"economic\"").And.Contain("\"articleCount\": 1");
    }

    [Fact]
    public void Deserialize_SerializedSignal_RoundTripsEveryField()
    {
        var json = JsonSerializer.Serialize(SeedPageSignal, BellwetherJson.Options);

        var back = JsonSerializer.Deserialize<Signal>(json, BellwetherJson.Options);

        back.Should().BeEquivalentTo(SeedPageSignal);
    }

    [Fact]
    public void Deserialize_UnknownEnumValue_ThrowsJsonException()
    {
        var json = JsonSerializer.Serialize(SeedPageSignal, BellwetherJson.Options).Replace("\"structural\"", "\"someday\"", StringComparison.Ordinal);

        var read = () => JsonSerializer.Deserialize<Signal>(json, BellwetherJson.Options);

        read.Should().Throw<JsonException>();
    }

    [Fact]
    public void Deserialize_MinimalArticle_KeepsTheDefaultTextAndLanguageAndValidates()
    {
        var article = JsonSerializer.Deserialize<Article>("""{"id":"a1","title":"Fed holds rates"}""", BellwetherJson.Options)!;

        article.Should().Be(new Article { Id = "a1", Title = "Fed holds rates" });
        article.Invoking(a => a.Validate()).Should().NotThrow();
    }

    [Fact]
    public void Deserialize_MinimalReaderProfile_KeepsEveryDefaultAndValidates()
    {
        var profile = JsonSerializer.Deserialize<ReaderProfile>("""{"name":"Marco","email":"marco@example.com"}""", BellwetherJson.Options)!;

        profile.Should().BeEquivalentTo(new ReaderProfile { Name = "Marco", Email = "marco@example.com" });
        profile.MaxItems.Should().Be(5);
        profile.MinimumStrength.Should().Be(5);
        profile.TimeZoneId.Should().Be("UTC");
        profile.Invoking(p => p.Validate()).Should().NotThrow();
    }

    [Fact]
    public void Deserialize_ReaderProfileWithSomeValues_KeepsThoseAndDefaultsTheRest()
    {
        var profile = JsonSerializer.Deserialize<ReaderProfile>("""{"name":"Marco","email":"marco@example.com","maxItems":3,"interests":[{"kind":"region","value":"CN"}]}""", BellwetherJson.Options)!;

        profile.MaxItems.Should().Be(3);
        profile.MinimumStrength.Should().Be(5);
        profile.Interests.Should().Equal(new ReaderInterest(InterestKind.Region, "CN"));
        profile.Exclusions.Should().BeEmpty();
    }

    [Fact]
    public void Deserialize_BriefWithoutItems_IsSilentInTheReadersDefaultTimeZone()
    {
        var brief = JsonSerializer.Deserialize<Brief>("""{"readerName":"Marco","composedAt":"2026-05-20T08:00:00Z"}""", BellwetherJson.Options)!;

        brief.IsSilent.Should().BeTrue();
        brief.TimeZoneId.Should().Be("UTC");
    }

    [Fact]
    public void Deserialize_MinimalSignal_HasEmptyListsOneExtractionAndTheLowestStrength()
    {
        var signal = JsonSerializer.Deserialize<Signal>("""{"id":"s1","headline":"Chips rally","strength":{"rawScore":1.5}}""", BellwetherJson.Options)!;

        signal.Should().BeEquivalentTo(new Signal { Id = "s1", Headline = "Chips rally", Strength = new StrengthBreakdown { RawScore = 1.5 } });
        signal.ExtractionCount.Should().Be(1);
        signal.Strength.Strength.Should().Be(StrengthBreakdown.Min);
        signal.ArticleCount.Should().Be(0);
    }

    [Fact]
    public void Deserialize_MinimalCandidateAndIngestResult_HaveEmptyListsAndText()
    {
        var candidate = JsonSerializer.Deserialize<SignalCandidate>("""{"headline":"Chips rally","evidence":{"article":{"id":"a1","title":"Chips"}}}""", BellwetherJson.Options)!;
        var result = JsonSerializer.Deserialize<IngestResult>("""{"articleId":"a1","outcome":"noSignals"}""", BellwetherJson.Options)!;

        candidate.Invoking(c => c.Validate(new Article { Id = "a1", Title = "Chips" }, 0)).Should().NotThrow();
        candidate.Analysis.Should().BeEmpty();
        candidate.Evidence.Quotes.Should().BeEmpty();
        candidate.Evidence.Reasoning.Should().BeEmpty();
        result.Created.Should().BeEmpty();
        result.Reinforced.Should().BeEmpty();
    }
}
