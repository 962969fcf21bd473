using static Bellwether.Core.Tests.Extraction.Extractors;

namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// "Mission" and "Coalition" end an organisation's name, so a country or a plural possessive before them stays in it
/// ("India Semiconductor Mission", "Eastern Farmers' Coalition"); a name before a lower-case strait, gulf, bay, sea,
/// canal, coast, rainforest or mountains is a place, not an actor ("the Bab el-Mandeb strait"); a surname of two words
/// is the person named in full before it ("Dela Cruz" after "Marites Dela Cruz"); South Africa's provinces are places of
/// South Africa, as the states and provinces of nine other large countries already were.
/// </summary>
public sealed class MissionsCoalitionsStraitsAndSurnamesTests
{
    [Theory]
    [InlineData("Under the India Semiconductor Mission, the government will pay half the cost.", "India Semiconductor Mission", "Semiconductor Mission")]
    [InlineData("The protesters, organised by the Eastern Farmers' Coalition, blocked the road.", "Eastern Farmers' Coalition", "Eastern Farmers")]
    public void Extract_NameEndingInMissionOrCoalition_KeepsTheWholeName(string sentence, string name, string cut)
    {
        var candidate = Extractors.SingleCandidate("Plan approved", sentence + Speaker);

        candidate.Actors.Should().Contain(name).And.NotContain(cut);
    }

    [Theory]
    [InlineData("Ships avoided the Bab el-Mandeb strait, the canal authority said.", "Bab el-Mandeb")]
    [InlineData("Villages below the Rwenzori mountains were cut off by the floods.", "Rwenzori")]
    [InlineData("Fishing boats stayed in port along the Malabar coast all week.", "Malabar")]
    public void Extract_NameBeforeALowerCaseLandform_IsNoActor(string sentence, string place)
    {
        var candidate = Extractors.SingleCandidate("Shipping slows", sentence + Speaker);

        candidate.Actors.Should().NotContain(place);
    }

    [Fact]
    public void Extract_TwoWordSurnameAfterTheFullName_NamesOnePerson()
    {
        var candidate = Extractors.SingleCandidate(
            "Rice prices climb",
            "At a wet market on Tuesday morning, Marites Dela Cruz counted out coins for rice. \"Last month it was 48 pesos,\" said Dela Cruz, 52. For families like Dela Cruz's, the sums are simple." + Speaker);

        candidate.Actors.Should().Contain("Marites Dela Cruz").And.NotContain("Dela Cruz");
    }

    [Theory]
    [InlineData("Northern Cape")]
    [InlineData("Western Cape")]
    [InlineData("KwaZulu-Natal")]
    [InlineData("Gauteng")]
    public void Extract_SouthAfricanProvince_IsAPlaceOfSouthAfricaNotAnActor(string province)
    {
        var candidate = Extractors.SingleCandidate(
            "Grid runs short of room for new solar farms",
            $"Most of the transmission capacity in {province} has already been taken, the grid operator said. Developers in {province} said new lines would take years." + Speaker);

        candidate.Actors.Should().NotContain(province);
        candidate.Regions.Should().Contain("ZA");
    }
}
