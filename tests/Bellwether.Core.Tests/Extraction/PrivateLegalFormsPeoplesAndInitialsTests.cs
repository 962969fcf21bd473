namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// A private company's legal form in parentheses ("(Pty) Ltd") and a lower-case one ("d.o.o.", ", s.r.o.") close its
/// name; a country's people named in several words ("Papua New Guineans", "New Zealanders") name the country; the U.S.
/// dollar and the Indian Ocean are not about their countries; an acronym whose letters open the words before it defines
/// all of them ("Superintendencia de Servicios Financieros (SSF)"); and a name before a border crossing is a place.
/// </summary>
public sealed class PrivateLegalFormsPeoplesAndInitialsTests
{
    [Theory]
    [InlineData("Erongo Marine Enterprises (Pty) Ltd")]
    [InlineData("MAS Holdings (Pvt) Ltd")]
    [InlineData("Podrum Stagnum d.o.o.")]
    [InlineData("Kutjevo d.d.")]
    [InlineData("Tatra Oceľ, s.r.o.")]
    public void Extract_CompanyWithAPrivateOrLowerCaseLegalForm_KeepsTheFormInItsName(string company)
    {
        var candidate = Extractors.SingleCandidate("Jobs cut", $"{company} said on Monday it would cut 300 jobs, its chief executive Anja Brenner said.");

        candidate.Actors.Should().Contain(company).And.Contain("Anja Brenner");
    }

    [Fact]
    public void Extract_NameWithoutItsLegalForm_FoldsIntoTheFullName()
    {
        var candidate = Extractors.SingleCandidate(
            "Tatra Oceľ to idle blast furnace",
            "Tatra Oceľ, s.r.o., Slovakia's largest steelmaker, will idle one of its furnaces, chief executive Anja Brenner said.");

        candidate.Actors.Should().Contain("Tatra Oceľ, s.r.o.").And.NotContain("Tatra Oceľ");
    }

    [Theory]
    [InlineData("Papua New Guineans", "PG")]
    [InlineData("New Zealanders", "NZ")]
    [InlineData("Icelanders", "IS")]
    public void Extract_PeopleOfACountry_NameTheCountryNotAnActor(string people, string code)
    {
        var candidate = Extractors.SingleCandidate(
            "Data rules tightened",
            $"Data about {people} must stay in the country, minister Peter Wari said on Monday. {people} have waited for years.");

        candidate.Actors.Should().Contain("Peter Wari").And.NotContain(people);
        candidate.Regions.Should().Contain(code);
    }

    [Theory]
    [InlineData("ALMATY - The tenge has weakened 5 percent against the U.S. dollar since April, the National Bank of Kazakhstan said. Kazakhstan's reserves fell.", "KZ")]
    [InlineData("Madagascar's drought deepened in March, the World Food Programme said. Scientists linked it to rainfall over the Indian Ocean.", "MG")]
    public void Extract_CountryNamedInsideTheNameOfSomethingElse_IsNotARegion(string text, string onlyRegion)
    {
        var candidate = Extractors.SingleCandidate("Outlook darkens", text);

        candidate.Regions.Should().Equal(onlyRegion);
    }

    [Fact]
    public void Extract_AcronymOpeningEachWordBeforeIt_DefinesTheWholeName()
    {
        var candidate = Extractors.SingleCandidate(
            "Pension funds may buy bonds",
            "Pension funds may buy infrastructure bonds, said Lucía Ferreira, head of the central bank's Superintendencia de Servicios Financieros (SSF). The SSF will publish rules in June.");

        candidate.Actors.Should().Contain("Superintendencia de Servicios Financieros").And.NotContain("Servicios Financieros");
    }

    [Fact]
    public void Extract_NameBeforeABorderCrossing_IsAPlace()
    {
        var candidate = Extractors.SingleCandidate(
            "Coal railway opens",
            "The line takes hundreds of trucks a day off the congested Gashuunsukhait crossing, Tavan Tolgoi Railway LLC said.");

        candidate.Actors.Should().Contain("Tavan Tolgoi Railway LLC").And.NotContain("Gashuunsukhait");
    }
}
