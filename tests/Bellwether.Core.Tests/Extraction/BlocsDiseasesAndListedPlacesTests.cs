namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// A bloc named in passing is the setting, not an actor ("exports to the European Union"); a name written before a
/// disease word is the disease's ("Marburg and Ebola outbreaks"); a name listed after a landform is a landform ("the islands
/// of Sulawesi and Halmahera", "Turkestan and Kyzylorda regions"); lending facilities and policy rates are not actors; a
/// continent's people are no actor; "Since" opening a sentence opens no name.
/// </summary>
public sealed class BlocsDiseasesAndListedPlacesTests
{
    private const string Speaker = " The ministry's figures were confirmed on Monday by Rosa Quispe, its director.";

    [Fact]
    public void Extract_BlocNamedOnceInTheBody_IsNotAnActor()
    {
        var candidate = Extractors.SingleCandidate(
            "Shrimp exports fall",
            "Ecuador's shrimp exports fell 12% in February as shipments to the European Union slowed." + Speaker);

        candidate.Actors.Should().NotContain("European Union").And.Contain("Rosa Quispe");
    }

    [Fact]
    public void Extract_BlocTheArticleKeepsComingBackTo_IsAnActor()
    {
        var candidate = Extractors.SingleCandidate(
            "EU agrees tariff on fertiliser",
            "The European Union agreed on Monday to raise tariffs on fertiliser. The European Union said the duty would rise in steps. Member states of the European Union must still sign it." + Speaker);

        candidate.Actors.Should().Contain("European Union");
    }

    [Theory]
    [InlineData("Uganda has controlled Marburg and Ebola outbreaks before. Marburg, a relative of Ebola, spreads through contact.", "Marburg", "Ebola")]
    [InlineData("Health workers in Kenema are treating 14 patients for Lassa fever. Lassa is spread by rats.", "Lassa", "Kenema")]
    public void Extract_NameBeforeADiseaseWord_IsNotAnActor(string text, string disease, string other)
    {
        var candidate = Extractors.SingleCandidate("Outbreak", text + Speaker);

        candidate.Actors.Should().NotContain([disease, other]).And.Contain("Rosa Quispe");
    }

    [Theory]
    [InlineData("Nickel is processed in parks on the islands of Sulawesi and Halmahera. Forest loss on Halmahera has doubled since 2021.", "Halmahera")]
    [InlineData("Kazakhstan's southern Turkestan and Kyzylorda regions depend on the Syr Darya for water.", "Turkestan")]
    public void Extract_NameListedWithALandform_IsNotAnActor(string text, string place)
    {
        var candidate = Extractors.SingleCandidate("Water", text + Speaker);

        candidate.Actors.Should().NotContain(place).And.Contain("Rosa Quispe");
    }

    [Fact]
    public void Extract_LendingFacilityAndPolicyRate_AreNotActors()
    {
        var candidate = Extractors.SingleCandidate(
            "Rates held",
            "The review would release $1 billion under the 37-month Extended Fund Facility (EFF). The Monetary Board held the Overnight Policy Rate (OPR) at 8.00%." + Speaker);

        candidate.Actors.Should().NotContain(["Extended Fund Facility", "Overnight Policy Rate", "EFF", "OPR"]).And.Contain("Monetary Board");
    }

    [Fact]
    public void Extract_ContinentsPeopleAndSinceOpeningASentence_AreNotActors()
    {
        var candidate = Extractors.SingleCandidate(
            "Port seizures",
            "\"Since March 1 we have seized 11 tonnes,\" the Interior Ministry said. The rules will slow new services for Europeans and Latin Americans." + Speaker);

        candidate.Actors.Should().NotContain(["Since March", "March", "Europeans", "Latin Americans"]).And.Contain("Interior Ministry");
    }
}
