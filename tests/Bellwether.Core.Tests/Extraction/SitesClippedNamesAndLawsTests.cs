namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// Names that look like actors and are not, or are another actor's short name: a place named before a site ("its Tarvo
/// campus"), a law ("the Grid Reform Act"), a clipped name defined in parentheses ("(VolGen)") and an acronym written as a
/// word ("Nera").
/// </summary>
public sealed class SitesClippedNamesAndLawsTests
{
    [Theory]
    [InlineData("at its Tarvo campus")]
    [InlineData("at the Tarvo semiconductor cluster")]
    [InlineData("at its Tarvo and Lenmark mines")]
    public void Extract_NameOnlySeenBeforeASiteNoun_IsNotAnActor(string site)
    {
        var candidate = Extractors.SingleCandidate("Chipmaker adds memory line", $"Norvale Semiconductor said on Monday it would build a memory line {site}. Norvale Semiconductor expects output to start next year.");

        candidate.Actors.Should().Contain("Norvale Semiconductor").And.NotContain(["Tarvo", "Lenmark", "Tarvo and Lenmark"]);
    }

    [Fact]
    public void Extract_NameAlsoSeenAsASubject_StaysAnActor()
    {
        var candidate = Extractors.SingleCandidate("Supplier cuts output", "Brenholt said on Monday it would cut output at the Brenholt plant by a third. Brenholt blamed weak orders from carmakers.");

        candidate.Actors.Should().Contain("Brenholt");
    }

    [Theory]
    [InlineData("Gulf-financed")]
    [InlineData("Serb-dominated")]
    public void Extract_NameMadeAnAdjectiveByAHyphenAndAParticiple_IsNotAnActor(string adjective)
    {
        var candidate = Extractors.SingleCandidate("Grid operator signs solar deal", $"A {adjective} consortium will build a solar plant, the National Grid Company said on Monday. The {adjective} group expects to finish in 2027.");

        candidate.Actors.Should().Contain("National Grid Company").And.NotContain(a => a.Contains('-'));
    }

    [Fact]
    public void Extract_NameOfALaw_IsNotAnActor()
    {
        var candidate = Extractors.SingleCandidate("Tax credits for grid investment rise", "Lawmakers passed the Grid Reform Act on Tuesday, raising tax credits for grid investment. The Grid Reform Act takes effect in July, the Ministry of Energy said.");

        candidate.Actors.Should().Contain("Ministry of Energy").And.NotContain(a => a.Contains("Act", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ClippedNameDefinedInParentheses_CountsForTheFullName()
    {
        var candidate = Extractors.SingleCandidate("Utility borrows for new capacity", "Volta Generating Company (VolGen) signed a loan on Monday to add 200 megawatts of capacity. VolGen said the plant would open in 2028, and VolGen shares rose.");

        candidate.Actors.Should().Contain("Volta Generating Company").And.NotContain("VolGen");
    }

    [Fact]
    public void Extract_AcronymWrittenAsAWordSpellingAnActorsInitials_CountsForThatActor()
    {
        var candidate = Extractors.SingleCandidate("Court sets aside tariff rise", "A court on Thursday set aside the National Energy Regulator of Arland's approval of a tariff rise. The judge ordered Nera to reconsider the application within 90 days.");

        candidate.Actors.Should().Contain("National Energy Regulator of Arland").And.NotContain("Nera");
    }
}
