namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// A country inside a name: a company's national arm keeps it ("Vodafone Egypt"), a part of the country does not make a
/// name ("Upper Egypt"), and a country's adjective the region table lacks names the country, not an actor ("Fijian").
/// </summary>
public sealed class CountriesInNamesTests
{
    [Fact]
    public void Extract_CompanysNationalArm_KeepsTheCountryInItsNameAndAsARegion()
    {
        var candidate = Extractors.SingleCandidate("Operators win 5G licences", "CAIRO — Telecom Egypt and Vodafone Egypt won licences on Monday for fifth-generation service. Vodafone Egypt said it would cover the capital within a year.");

        candidate.Actors.Should().Contain(["Telecom Egypt", "Vodafone Egypt"]).And.NotContain(["Telecom", "Vodafone"]);
        candidate.Regions.Should().Contain("EG");
    }

    [Theory]
    [InlineData("Farmers in Upper Egypt said the canal had run dry. Growers across Upper Egypt asked for help.")]
    [InlineData("Ministers from Egypt met on Monday. The Ministry of Water Resources of Egypt said the canal had run dry.")]
    public void Extract_CountryAfterAPlaceWordOrConnector_IsNotACompanysArm(string text)
    {
        var candidate = Extractors.SingleCandidate("Canal runs dry", text);

        candidate.Actors.Should().NotContain(a => a.EndsWith(" Egypt", StringComparison.Ordinal) && !a.Contains(" of ", StringComparison.Ordinal));
        candidate.Regions.Should().Contain("EG");
    }

    [Fact]
    public void Extract_CountrysAdjectiveTheRegionTableLacks_NamesTheCountryNotAnActor()
    {
        var candidate = Extractors.SingleCandidate("Seawalls to cost more", "Each seawall will cost up to 3 million Fijian dollars, the ministry said. Fijian villages on the coast will get the first ones.");

        candidate.Actors.Should().NotContain("Fijian");
        candidate.Regions.Should().Contain("FJ");
    }

    [Fact]
    public void Extract_NameOfAPort_IsAPlace()
    {
        var candidate = Extractors.SingleCandidate("Strike halts container traffic", "A strike halted container traffic at Callao Port on Monday, the dockworkers' union said. Ships waited outside Callao Port overnight.");

        candidate.Actors.Should().NotContain(a => a.Contains("Callao", StringComparison.Ordinal));
    }
}
