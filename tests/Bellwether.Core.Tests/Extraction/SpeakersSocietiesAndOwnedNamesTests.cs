using static Bellwether.Core.Tests.Extraction.Extractors;

namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// Titles of office before a name are not part of it ("Parliamentary Speaker Levan Abashidze-Tsereteli"); a national Red
/// Cross or Red Crescent society keeps its country ("the Tunisian Red Crescent"); a country that owns an agency is not part
/// of its name even when the acronym spells it ("Ethiopia's Disaster Risk Management Commission (EDRMC)"); a port or city
/// after "of", an industrial park, a town of 50,000 people and a span of months are places and times, not actors.
/// </summary>
public sealed class SpeakersSocietiesAndOwnedNamesTests
{
    [Theory]
    [InlineData("The bill passed, Parliamentary Speaker Levan Abashidze-Tsereteli told lawmakers.", "Levan Abashidze-Tsereteli")]
    [InlineData("The bill passed, Speaker Levan Abashidze-Tsereteli told lawmakers.", "Levan Abashidze-Tsereteli")]
    [InlineData("The board was led by Interim Chair Jose Ruiz until March.", "Jose Ruiz")]
    [InlineData("The union's president, Comrade Babatunde Olaniyan, told a news conference the strike would go on.", "Babatunde Olaniyan")]
    public void Extract_TitleOfOfficeBeforeAName_IsNotPartOfIt(string text, string person)
    {
        var candidate = Extractors.SingleCandidate("Vote", text + Speaker);

        candidate.Actors.Should().Contain(person).And.OnlyContain(a => !a.Contains("Speaker", StringComparison.Ordinal) && !a.Contains("Interim", StringComparison.Ordinal) && !a.Contains("Comrade", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Teams from the Tunisian Red Crescent handed out water. The Tunisian Red Crescent said supplies ran out.", "Tunisian Red Crescent")]
    [InlineData("Volunteers of the Kenya Red Cross reached Garissa on Monday.", "Kenya Red Cross")]
    public void Extract_NationalRedCrossSociety_KeepsItsCountry(string text, string society)
    {
        var candidate = Extractors.SingleCandidate("Relief", text + Speaker);

        candidate.Actors.Should().Contain(society).And.NotContain(["Red Crescent", "Red Cross"]);
    }

    [Fact]
    public void Extract_AcronymThatSpellsTheOwningCountry_NamesTheAgencyWithoutIt()
    {
        var candidate = Extractors.SingleCandidate(
            "Drought",
            "Ethiopia's Disaster Risk Management Commission (EDRMC) said the rains had failed. The EDRMC asked for aid." + Speaker);

        candidate.Actors.Should().Contain("Disaster Risk Management Commission").And.NotContain("Ethiopia's Disaster Risk Management Commission");
        candidate.Regions.Should().Contain("ET");
    }

    [Fact]
    public void Extract_TownOfFiftyThousandStandingAlone_IsAPlaceOfItsCountry()
    {
        var candidate = Extractors.SingleCandidate("Car plant cuts jobs", "Zwickau has lost 2,000 factory jobs since 2020." + Speaker);

        candidate.Actors.Should().NotContain("Zwickau").And.Contain("Rosa Quispe");
        candidate.Regions.Should().Equal("DE");
    }

    [Theory]
    [InlineData("Exports left through the port of Duqm. Ore is shipped via Duqm to Rotterdam.", "Duqm")]
    [InlineData("The plant will be built in the Que Vo III industrial park near the capital.", "Que Vo III")]
    [InlineData("The failure of the October-to-December rains left herders without water.", "October-to-December")]
    [InlineData("Meltwater is thinning the Ross Ice Shelf faster than models predicted.", "Ross Ice Shelf")]
    public void Extract_PortParkOrSpanOfMonths_IsNotAnActor(string text, string name)
    {
        var candidate = Extractors.SingleCandidate("Trade", text + Speaker);

        candidate.Actors.Should().NotContain(name).And.Contain("Rosa Quispe");
    }
}
