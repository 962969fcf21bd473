using static Bellwether.Core.Tests.Extraction.Extractors;

namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// A listing's or a product's acronym ends no name ("Voltra Mobility IPO"); a sentence's opening "New" or "Struggling"
/// is no part of the known name after it; a country of two words joined to places by hyphens is a relation, not a name
/// ("United States-Mexico-Canada"); a name before "area", or a place's name and one word before a programme's noun, is a
/// place; local bodies keep the possessive and the "Forum" or "Society" that end their names.
/// </summary>
public sealed class ListingsPlacesAndLocalBodiesTests
{
    [Fact]
    public void Extract_ListingAcronymAfterACompany_EndsTheName()
    {
        var candidate = Extractors.SingleCandidate("Voltra Mobility IPO draws bids 38 times the shares on offer", "Voltra Mobility said it would use the money to build a plant." + Speaker);

        candidate.Actors.Should().Contain("Voltra Mobility").And.NotContain("Voltra Mobility IPO");
    }

    [Theory]
    [InlineData("New European Union rules also require operators to report incidents within 24 hours.", "New European Union")]
    [InlineData("Struggling Boeing said on Monday it would cut 400 jobs at its plant.", "Struggling Boeing")]
    public void Extract_SentenceOpeningWordBeforeAKnownName_IsNotPartOfIt(string text, string joined)
    {
        var candidate = Extractors.SingleCandidate("Markets", text + Speaker);

        candidate.Actors.Should().NotContain(joined);
    }

    [Fact]
    public void Extract_TwoWordCountryJoinedToPlacesByHyphens_IsARelationNotAName()
    {
        var candidate = Extractors.SingleCandidate(
            "Mexican furniture makers wait",
            "Investment has slowed because of the United States-Mexico-Canada review due next year, and Mexico's exporters are waiting." + Speaker);

        candidate.Actors.Should().NotContain(a => a.Contains("States-Mexico", StringComparison.Ordinal));
        candidate.Regions.Should().Contain("MX");
    }

    [Theory]
    [InlineData("The company will supply foundations for the Utsira Nord area, where the government plans an auction.", "Utsira Nord")]
    [InlineData("The drug is among the medicines selected under the US Medicare programme, with lower prices from 2027.", "US Medicare")]
    public void Extract_NameBeforeAnAreaOrAProgramme_IsNotAnActor(string text, string name)
    {
        var candidate = Extractors.SingleCandidate("Energy and health", text + Speaker);

        candidate.Actors.Should().NotContain(name).And.Contain("Rosa Quispe");
    }

    [Theory]
    [InlineData("The Baner-Balewadi Residents' Forum said the road was unsafe.", "Baner-Balewadi Residents' Forum")]
    [InlineData("Members of the Mina Bahari Fishermen's Group said boats were stranded.", "Mina Bahari Fishermen's Group")]
    [InlineData("Volunteers from the Kenya Red Cross Society handed out food.", "Kenya Red Cross Society")]
    public void Extract_LocalBodyWithPossessiveOrSocietyEnding_KeepsItsWholeName(string text, string name)
    {
        var candidate = Extractors.SingleCandidate("Local news", text + Speaker);

        candidate.Actors.Should().Contain(name);
    }

    [Fact]
    public void Extract_PlaceNamedCompanyBeforeAVerb_StaysAnActor()
    {
        var candidate = Extractors.SingleCandidate("Manila Water raises east zone rates after regulator's nod", string.Empty);

        candidate.Actors.Should().Contain("Manila Water");
    }
}
