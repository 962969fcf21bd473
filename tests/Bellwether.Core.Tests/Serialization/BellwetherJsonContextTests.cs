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
}
