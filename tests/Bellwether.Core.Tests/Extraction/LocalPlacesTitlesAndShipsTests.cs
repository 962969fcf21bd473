namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// Local news names its places by the kind of place ("the northern suburbs of Glenorchy", "the Rabai substation", "the
/// Kukatpally zone"), its councillors and elders by title ("Cr Mandy Hollis", "Alhaji Sani Danladi") and its ferries by
/// prefix ("the MV Confederation"): none of those places, titles or ships is an actor.
/// </summary>
public sealed class LocalPlacesTitlesAndShipsTests
{
    [Theory]
    [InlineData("Rents rose fastest in the northern suburbs of Glenorchy, Claremont and Bridgewater, Anna Reynolds said.")]
    [InlineData("Fires tore through the hillside neighbourhoods of El Olivar and Villa Independencia, Anna Reynolds said.")]
    [InlineData("A fault at the Rabai substation cut power on Sunday, Anna Reynolds said.")]
    [InlineData("An electrical fault at its Eikenhof pumping station stopped supply, Anna Reynolds said.")]
    [InlineData("Cases in the Khairatabad and Kukatpally zones doubled, Anna Reynolds said.")]
    public void Extract_PlaceNamedByItsKind_IsNoActor(string text)
    {
        var candidate = Extractors.SingleCandidate("Local news", text);

        candidate.Actors.Should().Equal("Anna Reynolds");
    }

    [Theory]
    [InlineData("Cr Mandy Hollis said the stadium would need a new roof.", "Mandy Hollis")]
    [InlineData("Cllr Mandy Hollis said the stadium would need a new roof.", "Mandy Hollis")]
    [InlineData("Alhaji Sani Danladi said half his tomato crop was lost.", "Sani Danladi")]
    public void Extract_PersonAfterALocalTitle_IsNamedWithoutIt(string text, string person)
    {
        var candidate = Extractors.SingleCandidate("Local news", text);

        candidate.Actors.Should().Equal(person);
    }

    [Fact]
    public void Extract_ShipNamedWithItsPrefix_IsNoActor()
    {
        var candidate = Extractors.SingleCandidate(
            "Ferry breaks down",
            "The MV Confederation broke down on Friday, leaving one ferry on the route, Jennifer MacIsaac said.");

        candidate.Actors.Should().Equal("Jennifer MacIsaac");
    }
}
