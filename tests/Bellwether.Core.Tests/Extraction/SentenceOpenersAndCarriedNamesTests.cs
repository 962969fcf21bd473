using static Bellwether.Core.Tests.Extraction.Extractors;

namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// A preposition or linking adverb opening a sentence is not a name's first word ("Without the Rastriya Lok Congress");
/// a known one-word institution carried on by "for" or "of" is part of a longer name ("Congress for Social Justice");
/// "por", "para" and "pour" carry a name kept in its language on; a plural possessive before "Societies" stays in the
/// name; world regions ("Western Europe") are places; a Title Case headline's verb right after its country ends the name.
/// </summary>
public sealed class SentenceOpenersAndCarriedNamesTests
{
    [Theory]
    [InlineData("Without the Rastriya Lok Congress's 22 lawmakers, the coalition is nine short.", "Rastriya Lok Congress")]
    [InlineData("Outside Parliament, the Mine Workers Union held a vigil.", "Mine Workers Union")]
    [InlineData("Alongside Banco Andino, the Pension Fund of Peru bought the bonds.", "Banco Andino")]
    public void Extract_PrepositionOpeningTheSentence_IsNotPartOfTheName(string text, string name)
    {
        var candidate = SingleCandidate("Politics", text + Speaker);

        candidate.Actors.Should().Contain(name).And.NotContain(a => a.StartsWith("Without ", StringComparison.Ordinal) ||
            a.StartsWith("Outside ", StringComparison.Ordinal) || a.StartsWith("Alongside ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The opposition Congress for Social Justice said the budget relied on loans.", "Congress for Social Justice")]
    [InlineData("Families from the Movimento Popular por Moradia Digna occupied the building.", "Movimento Popular por Moradia Digna")]
    [InlineData("The alliance, known as the Pacto por el Cambio Social, lost its majority.", "Pacto por el Cambio Social")]
    [InlineData("She was enrolled in the Mecanismo de Protección para Personas Defensoras de Derechos Humanos y Periodistas last year.", "Mecanismo de Protección para Personas Defensoras de Derechos Humanos y Periodistas")]
    [InlineData("The Alliance of Rural Women's Societies organised the march.", "Alliance of Rural Women's Societies")]
    public void Extract_NameCarriedOnByForOrItsOwnLanguagesFor_KeepsTheWholeName(string text, string name)
    {
        var candidate = SingleCandidate("Politics", text + Speaker);

        candidate.Actors.Should().Contain(name);
    }

    [Fact]
    public void Extract_DetectiveSergeantBeforeAName_LeavesThePersonsName()
    {
        var candidate = SingleCandidate("Hospital systems attacked", "Detective Sergeant Luc Gagnon said investigators had seen the claim." + Speaker);

        candidate.Actors.Should().Contain("Luc Gagnon").And.NotContain(a => a.Contains("Detective", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Western Europe")]
    [InlineData("North Africa")]
    [InlineData("Horn of Africa")]
    public void Extract_WorldRegion_IsAPlaceNotAnActor(string region)
    {
        var candidate = SingleCandidate("Party launches campaign", $"The new party must reach voters in a country the size of {region}, its leader Ana Mora said.");

        candidate.Actors.Should().NotContain(a => a.Contains(region, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_TitleCaseHeadlineWithTheVerbAfterItsCountry_DoesNotReadTheHeadlineAsAName()
    {
        var candidate = SingleCandidate("Pakistan Closes Torkham Crossing After Exchange of Fire With Afghan Forces", string.Empty);

        candidate.Regions.Should().Contain("PK");
        candidate.Actors.Should().NotContain(a => a.Contains("Closes", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Regulator picks three telcos for network trial", "telecommunications")]
    [InlineData("Panel backs once-weekly obesity pill", "pharmaceuticals")]
    [InlineData("Watchdog fines NHS trust over lost records", "public health")]
    public void Extract_HeadlineInTheWordsOfItsField_GetsThatTopic(string title, string topic) =>
        SingleCandidate(title, string.Empty).Topics.Should().Contain(topic);

    [Fact]
    public void Extract_RecallOfAMedicine_IsNotAboutCars() =>
        SingleCandidate("Food and drugs authority recalls cough syrup batches", string.Empty).Topics.Should().NotContain("automotive");
}
