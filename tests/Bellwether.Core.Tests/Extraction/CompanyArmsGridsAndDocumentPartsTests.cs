using static Bellwether.Core.Tests.Extraction.Extractors;

namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// "Grid" and "Holding" end an organisation's name, so a country at its start stays in it ("China Southern Power
/// Grid"); in a Title Case headline a trade's word right after a name is the company's arm ("Thyssenkrupp Steel"), while
/// an institution's programme keeps its own name ("the EU Green Deal"); a document's part labelled by a letter or
/// numeral ("Annex C") names no one; "First Nations" are peoples, not an actor.
/// </summary>
public sealed class CompanyArmsGridsAndDocumentPartsTests
{
    [Theory]
    [InlineData("The utility sold its network to a joint venture with China Southern Power Grid last year.", "China Southern Power Grid")]
    [InlineData("State Grid Brazil Holding, the local unit of the Chinese operator, won two lots.", "State Grid Brazil Holding")]
    public void Extract_NameEndingInGridOrHoldingAfterACountry_KeepsTheCountryInTheName(string text, string name)
    {
        var candidate = SingleCandidate("Transmission auction", text + Speaker);

        candidate.Actors.Should().Contain(name);
    }

    [Theory]
    [InlineData("Thyssenkrupp Steel and IG Metall Agree 11,000 Job Cuts at Duisburg Works", "", "Thyssenkrupp Steel")]
    [InlineData("Adani Ports Opens Second Phase of Vizhinjam Transshipment Hub", "", "Adani Ports")]
    [InlineData("Job cuts agreed", "Thyssenkrupp Steel and the IG Metall union agreed the cuts on Monday.", "Thyssenkrupp Steel")]
    public void Extract_CompanyFollowedByATradeWord_NamesTheCompanysArm(string title, string text, string name) =>
        SingleCandidate(title, text).Actors.Should().Contain(name);

    [Theory]
    [InlineData("EU Green Deal Faces Review", "")]
    [InlineData("Climate law", "The EU Green Deal sets the targets, and NATO Cloud services grew.")]
    public void Extract_InstitutionBeforeATradeWord_IsNotReadAsACompanysArm(string title, string text) =>
        SingleCandidate(title, text).Actors.Should().NotContain(["EU Green", "NATO Cloud"]);

    [Fact]
    public void Extract_TitleCaseHeadlineWithGridAsANoun_ReadsNoNameEndingInGrid() =>
        SingleCandidate("Crews Race to Repair Power Grid After Storm", string.Empty).Actors.Should().NotContain(a => a.EndsWith("Grid", StringComparison.Ordinal));

    [Theory]
    [InlineData("The treaty included an annex, known as Annex C, setting the financial terms.")]
    [InlineData("Under Chapter IV of the code, the regulator may suspend the licence.")]
    public void Extract_DocumentPartWithItsLabel_IsNoActor(string text) =>
        SingleCandidate("Dam tariff talks", text + Speaker).Actors.Should().NotContain(a => a.StartsWith("Annex", StringComparison.Ordinal) || a.StartsWith("Chapter", StringComparison.Ordinal));

    [Fact]
    public void Extract_FirstNations_AreNoActor() =>
        SingleCandidate("Mining law opposed", "The law was opposed by many First Nations across northern Ontario." + Speaker).Actors.Should().NotContain("First Nations");
}
