using static Bellwether.Core.Tests.Extraction.Extractors;

namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// A country's name opening an organisation's in a Title Case headline stays in it ("Nepal Rastra Bank Caps …"), as in
/// prose; "Government" opens an organisation's name ("Government Pension Fund"); "Congresswoman" and its kin are titles;
/// isthmuses, dams and schemes are not actors, nor is a sentence's opening "Earlier"; "Mt." ends no sentence, so "Mt.
/// Gox" is one name; a run of technical acronyms ("HD LED") names no one.
/// </summary>
public sealed class CountriesInHeadlineNamesAndSitesTests
{
    [Theory]
    [InlineData("Nepal Rastra Bank Caps Cooperative Lending After Savings Scandal", "Nepal Rastra Bank", "NP")]
    [InlineData("Kenya Railways Corporation Adds Night Trains To Mombasa Route", "Kenya Railways Corporation", "KE")]
    public void Extract_TitleCaseHeadlineOpeningWithACountrysOrganisation_KeepsTheCountryInTheName(string title, string name, string region)
    {
        var candidate = Extractors.SingleCandidate(title, string.Empty);

        candidate.Actors.Should().Contain(name);
        candidate.Regions.Should().Contain(region);
    }

    [Fact]
    public void Extract_TitleCaseHeadlineWhoseCountryOpensNoOrganisation_TakesNoWordsAfterItIntoAName()
    {
        var candidate = Extractors.SingleCandidate("Ghana Cedi Slides As Bank Of Ghana Holds Rate", string.Empty);

        candidate.Actors.Should().NotContain(a => a.Contains("Cedi", StringComparison.Ordinal));
        candidate.Regions.Should().Contain("GH");
    }

    [Fact]
    public void Extract_GovernmentOpeningAFundsName_KeepsTheWholeName()
    {
        var candidate = Extractors.SingleCandidate("Pensions", "Norway's Government Pension Fund sold its stake in two miners." + Speaker);

        candidate.Actors.Should().Contain("Government Pension Fund").And.NotContain("Pension Fund");
    }

    [Fact]
    public void Extract_NameOpeningWithMtAndItsFullStop_IsOneName()
    {
        var candidate = Extractors.SingleCandidate("Bitcoin exchange Mt. Gox files for bankruptcy protection", string.Empty);

        candidate.Actors.Should().Equal("Mt. Gox");
    }

    [Theory]
    [InlineData("Stadium to install the largest HD LED screens in the league")]
    [InlineData("Panel maker doubles OLED TV output")]
    public void Extract_RunOfTechnicalAcronymsOnly_IsNoActor(string title) =>
        Extractors.SingleCandidate(title, string.Empty).Actors.Should().BeEmpty();

    [Fact]
    public void Extract_CongresswomanBeforeAName_LeavesThePersonsName()
    {
        var candidate = Extractors.SingleCandidate("Mining", "The bill was filed by Congresswoman Lucía Paredes of the Andean Renewal Party." + Speaker);

        candidate.Actors.Should().Contain("Lucía Paredes").And.NotContain(a => a.StartsWith("Congresswoman", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A canal across the Isthmus of Kra was shelved again, the ministry said.", "Kra")]
    [InlineData("Barges ran aground below the Itaparica and Sobradinho hydroelectric dams in August.", "Sobradinho")]
    [InlineData("Traders protested against the Vendor Licensing Scheme outside the city hall.", "Licensing Scheme")]
    [InlineData("Earlier People's Bonds sold out within a week, the treasury said.", "Earlier People")]
    public void Extract_PlaceSchemeOrSentenceAdverb_IsNoActor(string text, string notAnActor)
    {
        var candidate = Extractors.SingleCandidate("Infrastructure", text + Speaker);

        candidate.Actors.Should().NotContain(a => a.Contains(notAnActor, StringComparison.Ordinal));
    }
}
