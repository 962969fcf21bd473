namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// Every country's demonym names it ("Mozambican troops"); a city named after a country is that city ("Panama City",
/// "Benin City"); a law defined by its acronym is no actor ("General Data Protection Regulation (GDPR)"), nor is an
/// acronym of common words ("per- and polyfluoroalkyl substances (PFAS)"); an acronym's name keeps the organisation word
/// and "of" before the words its letters spell; an institution's portfolio after "and" may hold an organisation word
/// ("Ministry of Statistics and Programme Implementation"); and a generic party name is not one country's party.
/// </summary>
public sealed class DemonymsCitiesLawsAndTermsTests
{
    [Theory]
    [InlineData("Mozambican", "MZ")]
    [InlineData("Angolan", "AO")]
    [InlineData("Ecuadorean", "EC")]
    [InlineData("Malagasy", "MG")]
    public void Extract_DemonymOfAnyCountry_IsTheCountryNotAnActor(string demonym, string code)
    {
        var candidate = Extractors.SingleCandidate(
            "Troops retake town",
            $"{demonym} troops pushed the fighters back on Wednesday, army spokesman Tomas Okello said. {demonym} officials said the road had reopened.");

        candidate.Actors.Should().Contain("Tomas Okello").And.NotContain(demonym);
        candidate.Regions.Should().Contain(code);
    }

    [Theory]
    [InlineData("Panama City", "PA")]
    [InlineData("Kuwait City", "KW")]
    [InlineData("Benin City", "NG")]
    [InlineData("Jersey City", "US")]
    public void Extract_CityNamedAfterACountry_IsThatCityNotAnActor(string city, string code)
    {
        var candidate = Extractors.SingleCandidate(
            "Water shortage",
            $"Officials at a briefing in {city} said water was scarce, administrator Ricardo Vásquez Mora said.");

        candidate.Actors.Should().Equal("Ricardo Vásquez Mora");
        candidate.Regions.Should().Equal(code);
    }

    [Theory]
    [InlineData("General Data Protection Regulation (GDPR)", "GDPR")]
    [InlineData("United States-Mexico-Canada Agreement (USMCA)", "USMCA")]
    [InlineData("per- and polyfluoroalkyl substances (PFAS)", "PFAS")]
    public void Extract_AcronymOfALawOrOfCommonWords_IsNoActor(string definition, string acronym)
    {
        var candidate = Extractors.SingleCandidate(
            "Regulator acts",
            $"The regulator cited the {definition} on Monday, commissioner Helena Marsh said. The {acronym} rules apply from May.");

        candidate.Actors.Should().Equal("Helena Marsh");
    }

    [Fact]
    public void Extract_InstitutionDefinedByAnAcronym_KeepsTheWordsBeforeItsOf()
    {
        var candidate = Extractors.SingleCandidate(
            "Strike costs",
            "The Argentine Chamber of Commerce and Services (CAC) estimated the cost of the strike at 700 billion pesos. The CAC called for talks.");

        candidate.Actors.Should().Equal("Argentine Chamber of Commerce and Services");
    }

    [Fact]
    public void Extract_InstitutionWhosePortfolioHoldsAnOrganisationWord_IsOneName()
    {
        var candidate = Extractors.SingleCandidate(
            "Inflation rises",
            "Inflation rose to 8.9% in August, according to the Ministry of Statistics and Programme Implementation.");

        candidate.Actors.Should().Equal("Ministry of Statistics and Programme Implementation");
    }

    [Fact]
    public void Extract_SocialDemocraticPartyOfAnotherCountry_KeepsItsOwnName()
    {
        var candidate = Extractors.SingleCandidate(
            "Portugal votes",
            "The alliance, led by the Social Democratic Party (PSD), won 82 seats in Lisbon, the Ministry of Internal Administration said.");

        candidate.Actors.Should().Contain("Social Democratic Party").And.NotContain("Social Democrats");
    }
}
