namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// Names as international news copy writes them: institutions kept in their own language, joined particles, trades joined
/// by "and", plural possessives inside a name, initials, and the words headlines put around a name.
/// </summary>
public sealed class NamesAcrossLanguagesTests
{
    [Theory]
    [InlineData("Bundesagentur für Arbeit")]
    [InlineData("Corporación Nacional del Cobre de Chile")]
    [InlineData("Ministero dell'Interno")]
    [InlineData("Bangko Sentral ng Pilipinas")]
    [InlineData("Agència Catalana de l'Aigua")]
    [InlineData("Ministère des Pêches et de l'Économie")]
    [InlineData("Urząd Ochrony Konkurencji i Konsumentów")]
    [InlineData("Portos e Caminhos de Ferro de Moçambique")]
    public void Extract_InstitutionNamedInItsOwnLanguage_KeepsTheWholeName(string institution)
    {
        var candidate = Extractors.SingleCandidate("Agency revises forecast", $"The {institution} said on Monday it expected a weaker year. A spokesperson for the {institution} said the figures would be revised in March.");

        candidate.Actors.Should().Contain(institution);
    }

    [Theory]
    [InlineData("George W. Bush")]
    [InlineData("K. Srinivasa Rao")]
    [InlineData("Jose B. Lingad Memorial General Hospital")]
    [InlineData("Neil deGrasse Tyson")]
    [InlineData("Ursula von der Leyen")]
    [InlineData("Rassie van der Dussen")]
    [InlineData("Juan de la Cruz")]
    public void Extract_NameWithAnInitialOrParticles_KeepsTheWholeName(string name)
    {
        var candidate = Extractors.SingleCandidate("Visit draws crowd", $"{name} was named on Monday. The visit to {name} drew a crowd, organisers said.");

        candidate.Actors.Should().Contain(name);
    }

    [Fact]
    public void Extract_TitleCaseHeadlineBrokenAtAnElidedArticle_NamesNoFragmentOfIt()
    {
        var candidate = Extractors.SingleCandidate("Agència Catalana de l'Aigua Orders 25% Water Cuts as Heat Wave Pushes Temperatures to 44C", "");

        candidate.Actors.Should().NotContain(a => a.StartsWith("l'", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_NameWithAJoinedParticle_KeepsTheWholeName()
    {
        var candidate = Extractors.SingleCandidate("Consulates to reopen", "Saudi envoy Waleed al-Khereiji said the consulates would reopen in March. Waleed al-Khereiji met officials on Monday.");

        candidate.Actors.Should().Contain("Waleed al-Khereiji").And.NotContain("Waleed");
    }

    [Theory]
    [InlineData("Kenya Power and Lighting Company")]
    [InlineData("Energy and Petroleum Tribunal")]
    public void Extract_TradesJoinedByAndInAnOrganisationName_KeepsOneName(string name)
    {
        var candidate = Extractors.SingleCandidate("Tariff ruling appealed", $"The {name} said on Monday it would appeal. Lawyers for the {name} filed papers the same day.");

        candidate.Actors.Should().Contain(name);
    }

    [Fact]
    public void Extract_TwoOrganisationsJoinedByAnd_StayTwo()
    {
        var candidate = Extractors.SingleCandidate("Reactor deal signed", "Westinghouse Electric and Bechtel Corporation signed a reactor deal on Monday. Bechtel Corporation will build the plant.");

        candidate.Actors.Should().NotContain(a => a.Contains(" and "));
    }

    [Theory]
    [InlineData("Korean Metal Workers' Union")]
    [InlineData("Citizens' Nuclear Information Center")]
    public void Extract_PluralPossessiveInsideAnOrganisationName_KeepsTheWholeName(string name)
    {
        var candidate = Extractors.SingleCandidate("Restart opposed", $"The {name} said on Monday it opposed the plan. The {name} will hold a rally next week.");

        candidate.Actors.Should().Contain(name);
    }

    [Fact]
    public void Extract_CompanyNameOpeningWithInitials_IsOneName()
    {
        var candidate = Extractors.SingleCandidate("Carrier reroutes ships", "Shipping group A.P. Moller-Maersk said on Monday it would reroute its ships. A.P. Moller-Maersk expects delays of two weeks.");

        candidate.Actors.Should().Contain("A.P. Moller-Maersk").And.NotContain("A.P.");
    }

    [Fact]
    public void Extract_TitleCaseHeadlineVerbAfterTheSubject_EndsTheName()
    {
        var candidate = Extractors.SingleCandidate("Equinor Delays Arctic Gas Project As Costs Rise", string.Empty);

        candidate.Actors.Should().Contain("Equinor").And.NotContain(a => a.Contains("Delays"));
    }

    [Fact]
    public void Extract_TradeWordBeforeACompanyInAHeadline_IsNotPartOfTheName()
    {
        var candidate = Extractors.SingleCandidate("Drugmaker Novartis To Buy Biotech Ventrexa For $4 Billion", string.Empty);

        candidate.Actors.Should().Contain(["Novartis", "Ventrexa"]).And.NotContain(a => a.Contains("Drugmaker") || a.Contains("Biotech"));
    }

    [Theory]
    [InlineData("Philippine Coast Guard")]
    [InlineData("National Agency for the Promotion of Employment and Skills")]
    public void Extract_OrganisationEndingInATradeOrGuardWord_KeepsTheWholeName(string name)
    {
        var candidate = Extractors.SingleCandidate("Statement issued", $"The {name} said on Monday it had reviewed the figures. A spokesperson for the {name} declined to comment further.");

        candidate.Actors.Should().Contain(name);
    }

    [Fact]
    public void Extract_AccentedLongFormOfAnAcronym_IsFound()
    {
        var candidate = Extractors.SingleCandidate("Reactor restart delayed", "Électricité de France (EDF) said on Monday the restart would slip to March. EDF blamed welding checks.");

        candidate.Actors.Should().Contain("Électricité de France").And.NotContain("EDF");
    }

    [Fact]
    public void Extract_PlaceInsideATitleCaseHeadline_IsARegionNotAnActor()
    {
        var candidate = Extractors.SingleCandidate("Reserve Bank of New Zealand Holds Official Cash Rate at 3.25%", string.Empty);

        candidate.Regions.Should().Contain("NZ");
        candidate.Actors.Should().NotContain("Zealand");
    }

    [Fact]
    public void Extract_AdjectiveMadeFromAnAcronym_IsNotAnActor()
    {
        var candidate = Extractors.SingleCandidate("Fake clips spread before vote", "AI-generated clips of the candidates spread on Monday, the electoral court said. The court ordered them removed.");

        candidate.Actors.Should().NotContain(a => a.Contains("AI-"));
    }
}
