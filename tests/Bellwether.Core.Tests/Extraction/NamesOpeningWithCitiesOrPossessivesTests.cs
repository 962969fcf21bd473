namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// A city's name before an initial is a name's first word, not the place ("Jos. A. Bank" is no article about Nigeria);
/// a common possessive that opens a name goes on into it ("Men's Wearhouse" is one company, not "Men" and "Wearhouse").
/// </summary>
public sealed class NamesOpeningWithCitiesOrPossessivesTests
{
    [Fact]
    public void Extract_CityNameBeforeAnInitial_IsNotThePlace()
    {
        var candidate = Extractors.SingleCandidate("Men's Wearhouse raises its offer for rival Jos. A. Bank", string.Empty);

        candidate.Regions.Should().NotContain("NG");
    }

    [Fact]
    public void Extract_CityNameBeforeAFullStopEndingTheSentence_StaysThePlace()
    {
        var candidate = Extractors.SingleCandidate(
            "Curfew imposed after clashes",
            "Police imposed a curfew after clashes in Jos. Residents said shops stayed shut on Monday, and the governor called for calm.");

        candidate.Regions.Should().Contain("NG");
    }

    [Fact]
    public void Extract_CommonPossessiveOpeningAName_IsOneActor()
    {
        var candidate = Extractors.SingleCandidate("Men's Wearhouse raises its offer for rival retailer", string.Empty);

        candidate.Actors.Should().Contain("Men's Wearhouse").And.NotContain(["Men", "Wearhouse"]);
    }
}
