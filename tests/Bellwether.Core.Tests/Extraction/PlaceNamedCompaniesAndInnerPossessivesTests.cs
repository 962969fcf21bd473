namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// A place's name and one more capitalised word make a name in text that capitalises only names ("Manila Water",
/// "Kenya Power"), but not after a place's adjective nor before a place's ending; a possessive common noun goes on
/// inside an organisation's name ("People's Committee"); a sentence-case headline that opens with an organisation word
/// carried on by "of" keeps it ("University of Ghana lecturers …"); and a long form defined by an acronym keeps the
/// organisation word that opens its sentence ("Companhia de Saneamento Básico do Estado de São Paulo (Sabesp)").
/// </summary>
public sealed class PlaceNamedCompaniesAndInnerPossessivesTests
{
    [Theory]
    [InlineData("Manila Water", "PH")]
    [InlineData("Kenya Power", "KE")]
    [InlineData("Vietnam Electricity", "VN")]
    public void Extract_PlaceAndOneMoreCapitalisedWord_IsOneNameAndThePlace(string company, string code)
    {
        var candidate = Extractors.SingleCandidate("Tariffs rise", $"{company} will raise tariffs in May, chief executive Jose Mwangi said on Monday.");

        candidate.Actors.Should().Equal(company, "Jose Mwangi");
        candidate.Regions.Should().Contain(code);
    }

    [Theory]
    [InlineData("Traffic through the Panama Canal fell in May, administrator Ricardo Vásquez Mora said.", "Panama Canal")]
    [InlineData("Farmers in the American Midwest planted less corn, analyst Dana Whitfield said.", "American Midwest")]
    public void Extract_PlaceBeforeAPlaceEndingOrAdjectiveBeforeAPlace_MakesNoName(string text, string notAName)
    {
        var candidate = Extractors.SingleCandidate("Outlook", text);

        candidate.Actors.Should().NotContain(notAName);
    }

    [Fact]
    public void Extract_PossessiveCommonNounInsideAnOrganisation_StaysInItsName()
    {
        var candidate = Extractors.SingleCandidate(
            "Compensation paid",
            "The Dong Nai Provincial People's Committee said it had completed compensation payments, its chairman Le Van Hung said.");

        candidate.Actors.Should().Contain("Dong Nai Provincial People's Committee").And.NotContain("Dong Nai Provincial People");
    }

    [Fact]
    public void Extract_SentenceCaseHeadlineOpeningWithAnInstitutionOfAPlace_KeepsTheInstitution()
    {
        var candidate = Extractors.SingleCandidate("University of Ghana lecturers end two-week strike over unpaid allowances", "");

        candidate.Actors.Should().Equal("University of Ghana");
    }

    [Fact]
    public void Extract_AcronymDefinedAfterAnOrganisationOpeningTheSentence_KeepsTheOrganisationWord()
    {
        var candidate = Extractors.SingleCandidate(
            "Reservoirs fall",
            "Companhia de Saneamento Básico do Estado de São Paulo (Sabesp), privatised last year, said reservoirs fell. Sabesp shares fell.");

        candidate.Actors.Should().Equal("Companhia de Saneamento Básico do Estado de São Paulo");
    }
}
