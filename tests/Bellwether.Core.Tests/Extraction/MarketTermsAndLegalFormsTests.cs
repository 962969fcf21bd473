namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// Financial copy capitalises terms that are no actors: credit ratings ("BBB+"), borrower classes ("SMEs"), instruments
/// ("Eurobond", "Sukuk") and a legal form a parenthesis cut off its company ("PT Bank Mandiri (Persero) Tbk"); and a
/// dateline may carry a desk's credit and a colon ("MUMBAI (Business Desk):").
/// </summary>
public sealed class MarketTermsAndLegalFormsTests
{
    [Theory]
    [InlineData("Scope affirmed its BBB+ rating on Friday, Priya Menon said.")]
    [InlineData("Lending to the SME sector grew 4% in the quarter, Priya Menon said.")]
    [InlineData("The Eurobond due in 2028 will be bought back, Priya Menon said.")]
    [InlineData("The Sukuk was three times oversubscribed, Priya Menon said.")]
    [InlineData("MUMBAI (Business Desk): Card payments rose 12% in May, Priya Menon said.")]
    public void Extract_MarketTermOrCreditedDateline_IsNoActor(string text)
    {
        var candidate = Extractors.SingleCandidate("Markets", text);

        candidate.Actors.Should().NotContain(a => a != "Priya Menon" && a != "Scope");
        candidate.Actors.Should().Contain("Priya Menon");
    }

    [Fact]
    public void Extract_LegalFormCutOffByAParenthesis_IsNoActor()
    {
        var candidate = Extractors.SingleCandidate(
            "Lenders fall",
            "Shares of PT Bank Mandiri (Persero) Tbk fell 1.2%, Dewi Lestari said.");

        candidate.Actors.Should().NotContain("Tbk").And.Contain("Dewi Lestari");
    }
}
