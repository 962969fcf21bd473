namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// Central banks are known actors under their usual names and short forms, and the country in a known name still counts
/// as the article's place; a dateline that names the country and the day is not an actor, nor is a day written
/// straight after a name; a portfolio role may follow two words of a state's name; climate patterns and
/// "Indigenous" are not actors; and "the Amazon" is the rainforest, not the company.
/// </summary>
public sealed class CentralBanksDatelinesAndPortfoliosTests
{
    [Theory]
    [InlineData("The SNB", "Swiss National Bank")]
    [InlineData("The RBA", "Reserve Bank of Australia")]
    [InlineData("Banxico", "Bank of Mexico")]
    public void Extract_CentralBankNamedOrAbbreviated_IsOneKnownActor(string written, string canonical)
    {
        var candidate = Extractors.SingleCandidate(
            "Rates held",
            $"{written} held its policy rate at 4.5% on Thursday, and Tamborine Capital Ltd said the decision had been expected by markets.");

        candidate.Actors.Should().Contain(canonical).And.Contain("Tamborine Capital Ltd");
    }

    [Theory]
    [InlineData("Reserve Bank of Australia", "AU")]
    [InlineData("Bank of Japan", "JP")]
    public void Extract_CountryInsideAKnownName_CountsAsTheArticlesPlace(string bank, string code)
    {
        var candidate = Extractors.SingleCandidate(
            "Rates held",
            $"The {bank} held its policy rate on Thursday. The {bank} said inflation had eased, and economists at Tamborine Capital Ltd expect a cut in the next quarter.");

        candidate.Regions.Should().Contain(code);
    }

    [Fact]
    public void Extract_DatelineWithCountryAndDay_IsNotAnActor()
    {
        var candidate = Extractors.SingleCandidate(
            "Water cuts ordered",
            "MONTERREY, Mexico, July 17 — The state water utility ordered a 30% cut in industrial use on Wednesday, and Cervecería Nortera SA said it would slow production.");

        candidate.Actors.Should().Contain("Cervecería Nortera SA").And.NotContain("MONTERREY");
    }

    [Theory]
    [InlineData("Deforestation in Brazil's Amazon fell 18% in the year to July")]
    [InlineData("Deforestation in the Brazilian Amazon fell 18% in the year to July")]
    [InlineData("River terminals of the Amazon basin handled half of the soy exports")]
    public void Extract_AmazonAfterAnArticleOrACountry_IsThePlaceNotTheCompany(string sentence)
    {
        var candidate = Extractors.SingleCandidate(
            "Forest loss slows",
            $"{sentence}, Verdeterra Monitoramento SA said on Monday, citing satellite data.");

        candidate.Actors.Should().Contain("Verdeterra Monitoramento SA").And.NotContain("Amazon");
    }

    [Theory]
    [InlineData("Amazon's Project Kuiper signed a launch contract", "Amazon")]
    [InlineData("The Amazon Conservation Association signed a research contract", "Amazon Conservation Association")]
    public void Extract_AmazonNamingTheCompanyOrAnOrganisation_StaysAnActor(string sentence, string actor)
    {
        var candidate = Extractors.SingleCandidate("Contract signed", $"{sentence} on Monday, officials said.");

        candidate.Actors.Should().Contain(actor);
    }

    [Fact]
    public void Extract_DayWrittenStraightAfterAName_IsNotPartOfIt()
    {
        var candidate = Extractors.SingleCandidate(
            "Decree signed",
            "Russian President Boris Yeltsin Saturday signed a decree on the budget, and Gazprom Tuesday said its exports to Europe rose 4%.");

        candidate.Actors.Should().Contain(["Boris Yeltsin", "Gazprom"]).And.NotContain(a => a.EndsWith("day", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_PortfolioRoleAfterTwoWordsOfAStatesName_LeavesTheHolder()
    {
        var candidate = Extractors.SingleCandidate(
            "Cholera cases rise",
            "Cholera cases rose in camps after the floods. Borno State Commissioner for Health Baba Gana Umar said 24 camps had reported cases this week.");

        candidate.Actors.Should().Contain("Baba Gana Umar").And.NotContain(a => a.Contains("Commissioner", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("El Niño")]
    [InlineData("La Niña")]
    [InlineData("Indigenous")]
    public void Extract_ClimatePatternOrAdjective_IsNotAnActor(string word)
    {
        var candidate = Extractors.SingleCandidate(
            "Anchovy quota cut",
            $"The anchovy quota was cut by 38% as {word} conditions scattered stocks, Pesquera Andina SAA said on Monday, and exports are expected to fall.");

        candidate.Actors.Should().Contain("Pesquera Andina SAA").And.NotContain(word);
    }
}
