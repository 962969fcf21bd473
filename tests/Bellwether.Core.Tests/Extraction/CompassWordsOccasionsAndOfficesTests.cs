namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// What is left of a place's name is not an actor ("South" of "the South China Sea"), nor is a date on the calendar
/// ("Black Friday") or a term a Title Case headline capitalises ("Heatwave", "Farmgate", "HPV"); a country's people in several words name the country; a rank or an office ("Commodore",
/// "Attorney General") is not part of the person's name, though an institution of a role keeps it ("Office of the Data
/// Protection Commissioner"); and a hospital or college is an organisation.
/// </summary>
public sealed class CompassWordsOccasionsAndOfficesTests
{
    [Theory]
    [InlineData("talks over a code of conduct for the South China Sea", "South")]
    [InlineData("the coast guard's spokesman for the West Philippine Sea", "West")]
    [InlineData("about 38% of its shipments to Western customers went through the port", "Western")]
    public void Extract_CompassWordLeftOfAPlaceName_IsNotAnActor(string clause, string word)
    {
        var candidate = Extractors.SingleCandidate(
            "Ministers meet in Jakarta",
            $"Ministers met in Jakarta on Tuesday for {clause}, and Halcyon Shipping Ltd said on Monday that delays were growing.");

        candidate.Actors.Should().Contain("Halcyon Shipping Ltd").And.NotContain(word);
    }

    [Theory]
    [InlineData("Black Friday")]
    [InlineData("El Buen Fin")]
    [InlineData("Lunar New Year")]
    public void Extract_HolidayOrShoppingSeason_IsNotAnActor(string occasion)
    {
        var candidate = Extractors.SingleCandidate(
            "Retail sales slow",
            $"Sales during {occasion} fell 4% from a year earlier, Ferrandina Retail Group said on Monday, as shoppers cut back on electronics.");

        candidate.Actors.Should().Contain("Ferrandina Retail Group").And.NotContain(occasion);
    }

    [Theory]
    [InlineData("Heatwave Grips Southern Europe As Power Demand Soars", "Heatwave")]
    [InlineData("Ghana Cocoa Board Raises Farmgate Price By 45%", "Farmgate")]
    [InlineData("India Adds HPV Vaccine To Its Immunisation Drive", "HPV")]
    public void Extract_TermCapitalisedInATitleCaseHeadline_IsNotAnActor(string title, string term)
    {
        var candidate = Extractors.SingleCandidate(title, "");

        candidate.Actors.Should().NotContain(a => a.StartsWith(term, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("South Africans", "ZA")]
    [InlineData("Sri Lankans", "LK")]
    [InlineData("Hondurans", "HN")]
    public void Extract_CountrysPeopleNamedLikeItsAdjective_NameTheCountryNotAnActor(string people, string code)
    {
        var candidate = Extractors.SingleCandidate(
            "Remittances rise",
            $"Remittances sent home by {people} working abroad rose 12% last year, Corvane Transfers Ltd said on Monday, citing higher wages.");

        candidate.Actors.Should().Contain("Corvane Transfers Ltd").And.NotContain(people);
        candidate.Regions.Should().Contain(code);
    }

    [Theory]
    [InlineData("Illinois Attorney General Kwame Raoul", "Kwame Raoul")]
    [InlineData("Drugs Controller General Rajeev Raghuvanshi", "Rajeev Raghuvanshi")]
    [InlineData("Commodore Jay Tarriela", "Jay Tarriela")]
    [InlineData("Ambassador Linda Greenfield", "Linda Greenfield")]
    public void Extract_RankOrOfficeBeforeAName_IsNotPartOfTheName(string written, string name)
    {
        var candidate = Extractors.SingleCandidate(
            "Merger faces review",
            $"The merger of the two hospital chains faces a review, {written} said on Tuesday, after patients complained about prices.");

        candidate.Actors.Should().Contain(name).And.NotContain(written);
    }

    [Theory]
    [InlineData("The Office of the Data Protection Commissioner (ODPC)", "Office of the Data Protection Commissioner")]
    [InlineData("The Office of the President", "Office of the President")]
    public void Extract_InstitutionOfARole_KeepsTheRoleInItsName(string written, string name)
    {
        var candidate = Extractors.SingleCandidate(
            "Contract suspended",
            $"{written} told the court on Tuesday that it had not been consulted, and Savannah Cloud Ltd said it would appeal.");

        candidate.Actors.Should().Contain([name, "Savannah Cloud Ltd"]);
    }

    [Fact]
    public void Extract_HospitalAfterAPlaceAndGeneral_KeepsTheWholeName()
    {
        var candidate = Extractors.SingleCandidate(
            "Doctors agree on trial",
            "Doctors at Massachusetts General Hospital agreed on the trial design on Monday. The hospital said the trial would start in March.");

        candidate.Actors.Should().Contain("Massachusetts General Hospital").And.NotContain("Hospital");
    }

    [Theory]
    [InlineData("Houthi movement")]
    [InlineData("Houthis")]
    public void Extract_NamesOfOneMovement_GiveOneActor(string written)
    {
        var candidate = Extractors.SingleCandidate(
            "Shipping attacked",
            $"The {written} claimed an attack on a cargo ship in the Red Sea on Monday, and insurers raised premiums for the route again.");

        candidate.Actors.Should().Contain("Houthi movement");
    }
}
