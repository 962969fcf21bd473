namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// A dateline may name several places ("RIYADH/DUBAI —"); a legal form closes a company's name as an organisation word
/// does ("Vale Indonesia Tbk" opening a headline); an office's possessive goes on inside its name ("Ombudsman's
/// Office"); a ministry's portfolios may hold a word that ends company names ("Ministry of Power, Energy and Mineral
/// Resources"); trade terms are not actors ("CFR", "LPG"); and a name joined with '&amp;' after a known company is
/// another company ("Samsung C&amp;T").
/// </summary>
public sealed class TradePressNamesTests
{
    [Fact]
    public void Extract_DatelineNamingTwoPlaces_IsNoActor()
    {
        var candidate = Extractors.SingleCandidate(
            "Payments slow",
            "RIYADH/DUBAI — Contractors say payments are late, Webuild SpA said on Monday.");

        candidate.Actors.Should().Equal("Webuild SpA");
    }

    [Fact]
    public void Extract_SentenceCaseHeadlineOpeningWithACompanyAndItsLegalForm_KeepsTheWholeName()
    {
        var candidate = Extractors.SingleCandidate("Vale Indonesia Tbk starts building nickel plant in Pomalaa", "");

        candidate.Actors.Should().Equal("Vale Indonesia Tbk");
    }

    [Theory]
    [InlineData("The Ombudsman's Office")]
    [InlineData("The Attorney General's Office")]
    [InlineData("The Prime Minister's Office")]
    public void Extract_OfficeNamedWithAPossessive_IsOneName(string office)
    {
        var candidate = Extractors.SingleCandidate("Conflicts listed", $"{office}, which tracks social conflicts, listed the corridor as active on Monday.");

        candidate.Actors.Should().Equal(office["The ".Length..]);
    }

    [Fact]
    public void Extract_MinistryWhosePortfoliosHoldAWordThatEndsCompanyNames_IsOneName()
    {
        var candidate = Extractors.SingleCandidate("Imports rise", "Gas imports rose in May, the Ministry of Power, Energy and Mineral Resources said.");

        candidate.Actors.Should().Equal("Ministry of Power, Energy and Mineral Resources");
    }

    [Theory]
    [InlineData("Granular potash rose $10 to $360 a tonne CFR following the announcement, trader Nutrien said.")]
    [InlineData("LPG carriers were delayed at the canal, broker BIMCO said.")]
    public void Extract_TradeTermAcronym_IsNoActor(string text)
    {
        var candidate = Extractors.SingleCandidate("Prices", text);

        candidate.Actors.Should().ContainSingle();
    }

    [Fact]
    public void Extract_NameJoinedWithAnAmpersandAfterAKnownCompany_IsAnotherCompany()
    {
        var candidate = Extractors.SingleCandidate("Work goes on", "Samsung C&T said its work on the foundations was proceeding on a revised schedule.");

        candidate.Actors.Should().Equal("Samsung C&T");
    }
}
