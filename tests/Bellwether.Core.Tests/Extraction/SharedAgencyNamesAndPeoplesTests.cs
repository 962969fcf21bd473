namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// A name other countries give their own agencies ("Securities and Exchange Commission") is the American agency
/// only in an article that names the United States; a defined long form loses its closing possessive ("the Central Bank of
/// Nigeria's (CBN) requirement") and any place it is based in ("the Maputo-based Centre for Democracy and Human Rights
/// (CDD)"); and a people named by its own noun ("Poles", "Finns") is its country, not an actor.
/// </summary>
public sealed class SharedAgencyNamesAndPeoplesTests
{
    [Fact]
    public void Extract_SharedAgencyNameInAnotherCountrysArticle_KeepsTheNameAsWritten()
    {
        var candidate = Extractors.SingleCandidate(
            "Banks raise capital",
            "LAGOS — The Securities and Exchange Commission (SEC) said it had approved capital raising by a dozen Nigerian banks. The SEC said more would follow.");

        candidate.Actors.Should().Equal("Securities and Exchange Commission");
    }

    [Fact]
    public void Extract_SharedAgencyNameInAnAmericanArticle_IsTheAmericanAgency()
    {
        var candidate = Extractors.SingleCandidate(
            "Fund charged",
            "WASHINGTON — The Securities and Exchange Commission (SEC) charged a U.S. fund manager with fraud on Monday.");

        candidate.Actors.Should().Equal("US Securities and Exchange Commission");
    }

    [Fact]
    public void Extract_AcronymDefinedAfterAPossessiveName_NamesTheActorWithoutThePossessive()
    {
        var candidate = Extractors.SingleCandidate(
            "Capital raised",
            "The issue brings the lender closer to meeting the Central Bank of Nigeria's (CBN) new minimum capital requirement.");

        candidate.Actors.Should().Equal("Central Bank of Nigeria");
    }

    [Theory]
    [InlineData("Hundreds of thousands of Poles took out mortgages in Swiss francs, Njeri Kamau said.", "PL")]
    [InlineData("Public transport will cost Finns more from March, Njeri Kamau said.", "FI")]
    public void Extract_PeopleNamedByTheirOwnNoun_IsTheirCountry(string text, string region)
    {
        var candidate = Extractors.SingleCandidate("Costs rise", text);

        candidate.Actors.Should().Equal("Njeri Kamau");
        candidate.Regions.Should().Contain(region);
    }

    [Fact]
    public void Extract_AcronymDefinedAfterANamedBasedSomewhere_LeavesThePlaceOut()
    {
        var candidate = Extractors.SingleCandidate(
            "Attacks rise",
            "The Maputo-based Centre for Democracy and Human Rights (CDD) said attacks rose in October. CDD counted 40.");

        candidate.Actors.Should().Equal("Centre for Democracy and Human Rights");
    }
}
