namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// Commodity and transport copy names things that are no actors: currencies by code or acronym ("NOK 4 billion", "CFA
/// francs"), places by a place's name and ending ("Antarctic Peninsula", "Middle Corridor"), reservoirs, products by
/// acronym ("737 MAX", "GPS"); it opens sentences with prepositions ("Unlike GASC"), numbers names ("Sindicato No. 1") and
/// writes datelines with a day before the month, a date in the credit, a bar, or a byline above them; and a Title Case
/// headline may call a company a reseller.
/// </summary>
public sealed class CommodityAndTransportCopyTests
{
    [Theory]
    [InlineData("The subsidised price of 14,000 CFA francs per bag would not change, Awa Traore said.")]
    [InlineData("The extension will cost CFA 430 billion, Awa Traore said.")]
    [InlineData("The operator will buy 30 trains in a NOK 4 billion deal, Awa Traore said.")]
    [InlineData("The krill fishery around the Antarctic Peninsula closed early, Awa Traore said.")]
    [InlineData("Freight on the Middle Corridor doubled this year, Awa Traore said.")]
    [InlineData("Water at the Mazar reservoir fell to a record low, Awa Traore said.")]
    [InlineData("The regulator let output of the 737 MAX rise to 42 a month, Awa Traore said.")]
    [InlineData("Jamming of GPS signals grounded flights, Awa Traore said.")]
    [InlineData("LIMA, 3 March — Protesters blocked the road to the mine, Awa Traore said.")]
    [InlineData("HOBART, Australia | The fishery closed months early, Awa Traore said.")]
    [InlineData("By Wanjiku Mwangi\n\nMOMBASA, Kenya — Tea prices fell to their lowest this year, Awa Traore said.")]
    [InlineData("TOKYO (Nov 18) — Kyoto will raise its accommodation tax, Awa Traore said.")]
    public void Extract_CurrencyPlaceProductOrDateline_IsNoActor(string text)
    {
        var candidate = Extractors.SingleCandidate("Markets", text);

        candidate.Actors.Should().Equal("Awa Traore");
    }

    [Fact]
    public void Extract_PrepositionOpeningASentenceBeforeAnAcronym_IsNoPartOfTheName()
    {
        var candidate = Extractors.SingleCandidate(
            "Egypt buys wheat",
            "Unlike GASC, which announced tenders, Mostafa Kamal said the agency would buy directly.");

        candidate.Actors.Should().Contain("GASC").And.NotContain("Unlike GASC");
    }

    [Fact]
    public void Extract_UnionNumberedByNo_KeepsItsNumber()
    {
        var candidate = Extractors.SingleCandidate(
            "Miners call a strike vote",
            "Workers of Sindicato No. 1 at the mine called a strike vote on Monday. The vote by Sindicato No. 1 closes on Friday, Rosa Diaz said.");

        candidate.Actors.Should().Contain("Sindicato No. 1");
    }

    [Fact]
    public void Extract_CorpsAfterItsFullName_IsNoActorOfItsOwn()
    {
        var candidate = Extractors.SingleCandidate(
            "Dredging on the river",
            "The U.S. Army Corps of Engineers said it had deployed dredges, said Brian Castillo, commander of the Corps' Memphis District.");

        candidate.Actors.Should().Contain("U.S. Army Corps of Engineers").And.NotContain("Corps");
    }

    [Fact]
    public void Extract_TitleCaseHeadlineCallingACompanyAReseller_NamesTheCompanyAlone()
    {
        var candidate = Extractors.SingleCandidate("FTC Sues Online Ticket Reseller TixPort Over $350 Million in Hidden Fees", "");

        candidate.Actors.Should().Contain("TixPort").And.NotContain("Reseller TixPort");
    }
}
