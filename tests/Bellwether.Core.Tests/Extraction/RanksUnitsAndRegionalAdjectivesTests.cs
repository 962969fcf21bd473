namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// Capitalised words that qualify rather than name: military ranks before a name ("Lt Gen"), units ("degrees Celsius"),
/// adjectives of a part of the world ("the Southeast Asian country"); "Korea" alone for the country; and a legal form
/// written in lower case that closes a company's name ("… Group plc").
/// </summary>
public sealed class RanksUnitsAndRegionalAdjectivesTests
{
    [Theory]
    [InlineData("Lt Gen")]
    [InlineData("Col.")]
    [InlineData("Brigadier")]
    public void Extract_MilitaryRankBeforeAName_IsDroppedFromTheName(string rank)
    {
        var candidate = Extractors.SingleCandidate("Floods force evacuations", $"\"The glaciers are melting faster than we have ever recorded,\" disaster authority chairman {rank} Tariq Omer Sadiq told reporters on Monday.");

        candidate.Actors.Should().Contain("Tariq Omer Sadiq").And.NotContain(a => a.Contains("Gen", StringComparison.Ordinal) || a.Contains("Col", StringComparison.Ordinal) || a.Contains("Brigadier", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The phone stores 128 GB of photos, Samsung said.")]
    [InlineData("Each card holds 512 MB more than the last, Samsung said.")]
    public void Extract_StorageUnit_IsNotAnActor(string text) =>
        Extractors.SingleCandidate("New phone", text).Actors.Should().Equal("Samsung Electronics");

    [Fact]
    public void Extract_TemperatureUnit_IsNotAnActor()
    {
        var candidate = Extractors.SingleCandidate("Heat threatens harvest", "Temperatures climbed 6 degrees Celsius above normal, the Meteorological Department said. Readings of 45 degrees Celsius were recorded in the south.");

        candidate.Actors.Should().Contain("Meteorological Department").And.NotContain("Celsius");
    }

    [Theory]
    [InlineData("the Southeast Asian country")]
    [InlineData("the Central Asian country")]
    [InlineData("scarce Andean groundwater")]
    public void Extract_AdjectiveOfAPartOfTheWorld_IsNotAnActor(string phrase)
    {
        var candidate = Extractors.SingleCandidate("Exporters face new duties", $"Shrimp exporters in {phrase} face duties of up to 35%, the Seafood Exporters Association said on Tuesday.");

        candidate.Actors.Should().Contain("Seafood Exporters Association").And.HaveCount(1);
    }

    [Fact]
    public void Extract_KoreaAlone_IsARegionNotAnActor()
    {
        var candidate = Extractors.SingleCandidate("Tank maker wins export order", "Hanvel Defence Co called the deal the largest defence export in Korea's history. Korea has sold more than 1,000 tanks abroad since 2022, Hanvel Defence Co said.");

        candidate.Actors.Should().NotContain("Korea");
        candidate.Regions.Should().Contain("KR");
    }

    [Fact]
    public void Extract_LowerCaseLegalFormAfterAName_ClosesTheName()
    {
        var candidate = Extractors.SingleCandidate("Publisher cuts jobs", "Castleford Media Group plc, which publishes 60 regional newspapers, said on Tuesday it would cut 300 jobs.");

        candidate.Actors.Should().Contain("Castleford Media Group plc");
    }
}
