namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// How company names are written: abbreviated legal forms and generations with their full stop ("Corp.", "Jr."), the
/// Danish and Norwegian "A/S", names opened by "All" ("All Nippon Airways"), and well-known companies named as the
/// article names them ("Samsung Electronics", "Google").
/// </summary>
public sealed class LegalFormsAndCompanyNamesTests
{
    [Theory]
    [InlineData("Qorvane Lithium Corp.")]
    [InlineData("Halvard Shipping Inc.")]
    [InlineData("Hanmi Aerospace Co.")]
    public void Extract_AbbreviatedLegalFormWithAFullStop_KeepsTheFullStop(string company)
    {
        var candidate = Extractors.SingleCandidate("Shares fall", $"Shares of {company} fell 4% on Tuesday after it cut its forecast, and analysts expect further cuts this year.");

        candidate.Actors.Should().Contain(company);
    }

    [Fact]
    public void Extract_GenerationAfterAName_KeepsItsFullStop()
    {
        var candidate = Extractors.SingleCandidate("Rice imports", "President Ferdinand Marcos Jr. said on Monday the government would cut tariffs on rice imports to ease prices.");

        candidate.Actors.Should().Contain("Ferdinand Marcos Jr.");
    }

    [Fact]
    public void Extract_LimitedWrittenWithAFullStop_IsNamedWithout()
    {
        var candidate = Extractors.SingleCandidate("Broker upgrades", "Analysts at Korlane Securities Ltd. raised their forecast for the bank on Friday, citing stronger lending.");

        candidate.Actors.Should().Contain("Korlane Securities Ltd");
    }

    [Fact]
    public void Extract_DanishLegalForm_ClosesTheName()
    {
        var candidate = Extractors.SingleCandidate("Shipping group cuts forecast", "COPENHAGEN, May 2 (Reuters) - Shares of A.P. Moller-Maersk A/S fell 3% on Tuesday after the shipping group cut its forecast for the year.");

        candidate.Actors.Should().Contain("A.P. Moller-Maersk A/S");
    }

    [Theory]
    [InlineData("All Nippon Airways")]
    [InlineData("All Pakistan Transporters Federation")]
    public void Extract_AllOpeningAnOrganisation_BelongsToTheName(string organisation)
    {
        var candidate = Extractors.SingleCandidate("Fuel costs", $"{organisation} said on Tuesday that fuel costs had risen by a fifth this year, and warned of higher fares.");

        candidate.Actors.Should().Contain(organisation);
    }

    [Fact]
    public void Extract_AllBeforePlainWords_IsNotPartOfAName()
    {
        var candidate = Extractors.SingleCandidate("Banks close", "All the banks in Lagos closed early on Friday, the Central Bank of Nigeria said.");

        candidate.Actors.Should().Contain("Central Bank of Nigeria").And.NotContain(a => a.StartsWith("All", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Samsung Electronics said on Tuesday that memory prices would rise.", "Samsung Electronics")]
    [InlineData("Google said on Tuesday that it would appeal the ruling.", "Google")]
    public void Extract_WellKnownCompany_IsNamedAsNewsNamesIt(string sentence, string company)
    {
        var candidate = Extractors.SingleCandidate("Company responds", sentence + " Analysts expect little change in its plans.");

        candidate.Actors.Should().Contain(company);
    }
}
