using static Bellwether.Core.Tests.Extraction.Extractors;

namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// "Police" ends an organisation's name, so a country's adjective before it stays in it ("Australian Federal Police");
/// a court's or an authority's numbered circuit or region is part of its name ("Court of Appeals for the 9th Circuit");
/// OPEC+ is an actor of its own, not OPEC; "Air" and a country's name are the country's airline ("Air France").
/// </summary>
public sealed class PoliceCourtsAirlinesAndOpecPlusTests
{
    [Theory]
    [InlineData("The Australian Federal Police said it had charged two men.", "Australian Federal Police", "Federal Police")]
    [InlineData("The Royal Canadian Mounted Police said it was investigating.", "Royal Canadian Mounted Police", "Mounted Police")]
    public void Extract_PoliceForceNamedAfterItsCountry_KeepsTheWholeName(string sentence, string name, string cut)
    {
        var candidate = Extractors.SingleCandidate("Arrests", sentence + Speaker);

        candidate.Actors.Should().Contain(name).And.NotContain(cut);
    }

    [Theory]
    [InlineData("The U.S. Court of Appeals for the 9th Circuit ruled against the company.", "U.S. Court of Appeals for the 9th Circuit", "Circuit")]
    [InlineData("A panel of the Federal Regional Court of the 6th Region upheld the fine.", "Federal Regional Court of the 6th Region", "Region")]
    public void Extract_CourtWithANumberedCircuitOrRegion_KeepsTheNumberInTheName(string sentence, string name, string leftOver)
    {
        var candidate = Extractors.SingleCandidate("Ruling", sentence + Speaker);

        candidate.Actors.Should().Contain(name).And.NotContain(leftOver);
    }

    [Fact]
    public void Extract_OpecPlus_IsNotFoldedIntoOpec()
    {
        var candidate = Extractors.SingleCandidate("OPEC+ agrees to extend output cuts", string.Empty);

        candidate.Actors.Should().Contain("OPEC+").And.NotContain("OPEC");
    }

    [Theory]
    [InlineData("The Air France Concorde crashed outside Paris, and Air France said it would sue.", "Air France", "FR")]
    [InlineData("Air New Zealand said it would cut flights to Sydney.", "Air New Zealand", "NZ")]
    public void Extract_AirAndACountry_IsTheAirlineAndTheCountry(string sentence, string airline, string region)
    {
        var candidate = Extractors.SingleCandidate("Airlines", sentence + Speaker);

        candidate.Actors.Should().Contain(airline).And.NotContain("Air");
        candidate.Actors.Where(a => a != airline && a.Contains(airline["Air ".Length..], StringComparison.Ordinal)).Should().BeEmpty("the airline's name ends with its country");
        candidate.Regions.Should().Contain(region);
    }

    [Fact]
    public void Extract_SentenceCaseHeadlineOpeningWithAnAirline_KeepsTheAirline()
    {
        var candidate = Extractors.SingleCandidate("Air India flight diverted after bomb threat", string.Empty);

        candidate.Actors.Should().Equal("Air India");
    }
}
