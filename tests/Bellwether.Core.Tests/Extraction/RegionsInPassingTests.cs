namespace Bellwether.Core.Tests.Extraction;

/// <summary>A region tag says what the article is about: a country named in passing is not one, and a country's people ("Kenyans") name the country, not an actor.</summary>
public sealed class RegionsInPassingTests
{
    [Fact]
    public void Extract_CountryNamedOnceInAnArticleAboutAnother_IsNotARegion()
    {
        var candidate = Extractors.SingleCandidate(
            "Kenya raises fuel levy",
            "Kenya raised its fuel levy on Monday to meet revenue targets agreed with lenders. Kenyan motorists will pay 8% more " +
            "from July, the treasury in Nairobi said. Kenya imports all of its refined fuel, and Kenya's shilling has weakened " +
            "this year. Officials said the levy was lower than one Uganda introduced last year.");

        candidate.Regions.Should().Contain("KE").And.NotContain("UG");
    }

    [Fact]
    public void Extract_TwoCountriesBothDiscussed_AreBothRegions()
    {
        var candidate = Extractors.SingleCandidate(
            "Kenya and Uganda agree pipeline terms",
            "Kenya and Uganda agreed on Monday to build a fuel pipeline from Mombasa to Kampala. Uganda will pay for its section, " +
            "and Kenya will run the terminal. Officials in Uganda said work would start next year, and Kenya's energy ministry " +
            "said the line would cut trucking costs.");

        candidate.Regions.Should().Contain(["KE", "UG"]);
    }

    [Theory]
    [InlineData("Kenyans", "KE")]
    [InlineData("Chileans", "CL")]
    public void Extract_CountrysPeopleInThePlural_NameTheCountryNotAnActor(string people, string code)
    {
        var candidate = Extractors.SingleCandidate(
            "Fuel levy rises",
            $"Motorists will pay 8% more from July, the finance ministry said on Monday, and angry {people} have protested against the levy, which Mwangaza Energy Ltd said would cut demand.");

        candidate.Actors.Should().Contain("Mwangaza Energy Ltd").And.NotContain(people);
        candidate.Regions.Should().Contain(code);
    }
}
