namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// Court and prosecution titles come off a person's name ("Chief Magistrate", "Assistant District Attorney", "Justices");
/// an office named by its holder's possessive is one name ("Public Defender's Office"); datelines with a colon
/// ("DHAKA:") or a place in lower case before a credit ("Jakarta (AFP) -", "Accra, June 2, GNA -") are no actors, nor are
/// news agencies cited ("told AFP"), codes and laws ("Broadcasting Law", "Bharatiya Nagarik Suraksha Sanhita"), zones and
/// hills ("North Zone", "Parliament Hill") or "the Government".
/// </summary>
public sealed class CourtTitlesDatelinesAndCodesTests
{
    [Theory]
    [InlineData("Chief Magistrate Esther Wanjiru Maina found the former governor guilty on Friday.", "Esther Wanjiru Maina")]
    [InlineData("Assistant District Attorney Rebecca Lindqvist said the relic was looted in 2011.", "Rebecca Lindqvist")]
    [InlineData("Justices Meenakshi Raghavan and Arvind Kulkarni said the police had ignored the law.", "Meenakshi Raghavan")]
    public void Extract_PersonAfterACourtTitle_IsNamedWithoutIt(string text, string person)
    {
        var candidate = Extractors.SingleCandidate("Court rules", text);

        candidate.Actors.Should().Contain(person).And.NotContain(a => a.Contains(' ' + person, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("The Public Defender's Office of Rio de Janeiro State asked the court to act, Anderson Pacheco said.", "Public Defender's Office of Rio de Janeiro State")]
    [InlineData("The Manhattan District Attorney's Office returned the statue on Monday, Anderson Pacheco said.", "Manhattan District Attorney's Office")]
    public void Extract_OfficeNamedByItsHoldersPossessive_IsOneActor(string text, string office)
    {
        var candidate = Extractors.SingleCandidate("Office acts", text);

        candidate.Actors.Should().Equal(office, "Anderson Pacheco");
    }

    [Theory]
    [InlineData("DHAKA: The Election Commission (EC) yesterday announced postal voting, said Akhtar Ahmed.", "Election Commission", "Akhtar Ahmed")]
    [InlineData("Jakarta (AFP) - Hundreds of journalists rallied outside parliament, Sasmita Lestari said. \"It is censorship,\" she told AFP.", "Sasmita Lestari")]
    [InlineData("Accra, June 2, GNA - Private hospitals across Ghana have begun asking patients to pay, Samuel Boateng said.", "Samuel Boateng")]
    public void Extract_DatelineWithAColonOrACredit_NamesNoActor(string text, params string[] actors)
    {
        var candidate = Extractors.SingleCandidate("News", text);

        candidate.Actors.Should().Equal(actors);
    }

    [Fact]
    public void Extract_ZonesHillsCodesAndTheGovernment_AreNoActors()
    {
        var candidate = Extractors.SingleCandidate(
            "Raid inquiry",
            "A raid in the city's North Zone left 19 dead, Ana Souza told reporters on Parliament Hill. The Government had no plans to " +
            "change it, she said. The 2002 Broadcasting Law and the Bharatiya Nagarik Suraksha Sanhita apply.");

        candidate.Actors.Should().Equal("Ana Souza");
    }
}
