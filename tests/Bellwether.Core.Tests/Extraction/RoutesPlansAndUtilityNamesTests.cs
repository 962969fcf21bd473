namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// Routes ("the Geibi Line", "the Lakeshore East GO line"), divisions of a country ("Hiroshima Prefecture"), plans and
/// policies ("the Basin Plan") are no actors; a utility named for its power ("Ethiopian Electric Power", "Kenya Power") is
/// one, but not in a Title Case headline's everyday noun ("Floods Cut Power to Thousands"); and a name written as a
/// possessive goes on into its legal form or rating agency's word ("Moody's Ratings").
/// </summary>
public sealed class RoutesPlansAndUtilityNamesTests
{
    [Theory]
    [InlineData("Services on the Geibi Line will end in March, Kenji Morita said.")]
    [InlineData("Trains on the Lakeshore East GO line will run every 15 minutes, Kenji Morita said.")]
    [InlineData("Bids for the North-South high-speed railway are due in May, Kenji Morita said.")]
    [InlineData("Rail traffic in northern Hiroshima Prefecture fell by half, Kenji Morita said.")]
    public void Extract_RouteOrDivisionOfACountry_IsNoActor(string text)
    {
        var candidate = Extractors.SingleCandidate("Rail plans", text);

        candidate.Actors.Should().Equal("Kenji Morita");
    }

    [Theory]
    [InlineData("Flows fall short of the Basin Plan's requirements, Helen Ritchie said.")]
    [InlineData("The sales follow the State Ownership Policy published in 2022, Helen Ritchie said.")]
    public void Extract_PlanOrPolicy_IsNoActor(string text)
    {
        var candidate = Extractors.SingleCandidate("Water buybacks", text);

        candidate.Actors.Should().Equal("Helen Ritchie");
    }

    [Fact]
    public void Extract_InLineWithAfterAName_KeepsTheName()
    {
        var candidate = Extractors.SingleCandidate(
            "Fuel costs",
            "Jet fuel is priced by state-controlled Petrobras in line with international markets, Rodrigo Albuquerque said.");

        candidate.Actors.Should().Contain("Petrobras");
    }

    [Fact]
    public void Extract_LineOfACarrier_IsTheCarriersName()
    {
        var candidate = Extractors.SingleCandidate(
            "Freight rates",
            "Meridian Container Line raised rates on its Asia routes on Monday, the company said.");

        candidate.Actors.Should().Equal("Meridian Container Line");
    }

    [Theory]
    [InlineData("Ethiopian Electric Power signs deal to double electricity exports to Kenya", "", "Ethiopian Electric Power")]
    [InlineData("Tariffs rise", "Kenya Power will raise tariffs in April, the regulator said.", "Kenya Power")]
    public void Extract_UtilityNamedForItsPower_IsOneActor(string title, string text, string actor)
    {
        var candidate = Extractors.SingleCandidate(title, text);

        candidate.Actors.Should().Equal(actor);
    }

    [Theory]
    [InlineData("Floods Cut Power to Thousands in Northern Queensland")]
    [InlineData("Morocco Signs 1 GW Wind Power Deal With Nareva")]
    public void Extract_PowerInATitleCaseHeadline_ClosesNoName(string title)
    {
        var candidate = Extractors.SingleCandidate(title, string.Empty);

        candidate.Actors.Should().NotContain(a => a.EndsWith("Power", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_RatingAgencyWrittenAsAPossessive_IsOneActor()
    {
        var candidate = Extractors.SingleCandidate(
            "Deficit widens",
            "Moody's Ratings, which rates the sovereign debt two notches above junk, said the plan was credible. Moody's analysts expect growth of 1%.");

        candidate.Actors.Should().Equal("Moody's Ratings");
    }

    [Fact]
    public void Extract_CompanyWrittenAsAPossessiveBeforeItsLegalForm_IsOneActor()
    {
        var candidate = Extractors.SingleCandidate(
            "Franchise deal",
            "McDonald's Corp said on Monday it would open 200 restaurants in India.");

        candidate.Actors.Should().Equal("McDonald's Corp");
    }
}
