namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// What news copy writes around names: roles before a holder ("Minister of State for Finance …", "Cabinet Secretary for
/// Health …", "Chief Executive …", "… Chairperson …", "… Managing Partner …", "Chairman and Chief Executive …") or closing a
/// company's name ("the Portline Chairman"), honorifics and ranks ("Sister", "Captain"), the agency that reports the story
/// ("polled by Reuters"), kinds of organisation written as plural acronyms ("AFPs"), funding rounds and accounting terms
/// ("Series B", "EBIT"), a storm named at the start of a sentence, ports, and the verbs of Title Case headlines.
/// </summary>
public sealed class RolesAgenciesAndKindsTests
{
    [Theory]
    [InlineData("Minister of State for Finance Tariq Amin", "Tariq Amin")]
    [InlineData("Minister of Science and Technology Tran Van Loc", "Tran Van Loc")]
    [InlineData("Chief Financial Officer Hélène Marchal", "Hélène Marchal")]
    [InlineData("Korvex Chief Executive Markus Brandt", "Markus Brandt")]
    [InlineData("Cabinet Secretary for Health Amani Wekesa", "Amani Wekesa")]
    [InlineData("Gridco Chairperson Thandi Mokoena", "Thandi Mokoena")]
    [InlineData("KMDU Secretary-General Otieno Baraza", "Otieno Baraza")]
    [InlineData("Lone Ash Managing Partner Daniel Ruiz", "Daniel Ruiz")]
    [InlineData("Portline Chairman and Chief Executive Saeed Al Mazrouei", "Saeed Al Mazrouei")]
    [InlineData("Sister Leticia Gómez", "Leticia Gómez")]
    [InlineData("Captain Azlan Hamid", "Azlan Hamid")]
    public void Extract_RoleOrHonorificBeforeAName_LeavesTheName(string written, string name)
    {
        var candidate = Extractors.SingleCandidate("Fuel levy rises", $"The government raised the fuel levy on Monday. \"The levy is needed to meet our revenue targets,\" {written} told reporters.");

        candidate.Actors.Should().Contain(name).And.ContainSingle();
    }

    [Fact]
    public void Extract_RoleWordClosingACompanysName_LeavesTheCompany()
    {
        var candidate = Extractors.SingleCandidate("Port opens", "The new port will compete with any on the coast, the Portline Chairman said on Monday. Portline expects the first ships in May.");

        candidate.Actors.Should().Contain("Portline").And.NotContain(a => a.Contains("Chairman", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_NewsAgencyReportingTheStory_IsNotAnActor()
    {
        var candidate = Extractors.SingleCandidate("Central bank raises rates", "The Banco Central do Norte raised its benchmark rate to 11.25% on Wednesday, matching the forecasts of 38 of 40 economists polled by Reuters. Officials at the bank told Xinhua more rises were possible.");

        candidate.Actors.Should().Contain("Banco Central do Norte").And.NotContain(["Reuters", "Xinhua"]);
    }

    [Theory]
    [InlineData("pension fund administrators (AFPs)", "AFPs")]
    [InlineData("a $45 million Series B round", "Series B")]
    [InlineData("EBIT of 40 million euros", "EBIT")]
    public void Extract_KindOfOrganisationOrFinancialTerm_IsNotAnActor(string phrase, string term)
    {
        var candidate = Extractors.SingleCandidate("Funds report results", $"Lotus Peak Capital said on Tuesday it had reported {phrase}, above forecasts. Lotus Peak Capital shares rose 3%.");

        candidate.Actors.Should().Contain("Lotus Peak Capital").And.NotContain(term);
    }

    [Fact]
    public void Extract_StormNamedAtTheStartOfASentence_IsNotAnActor()
    {
        var candidate = Extractors.SingleCandidate("Cyclone Rumi kills 16 on the coast", "DHAKA, May 27 (Reuters) - Cyclone Rumi slammed into the southwestern coast on Monday, the Meteorological Department said. The cyclone flattened crops across three districts.");

        candidate.Actors.Should().Contain("Meteorological Department").And.NotContain("Rumi");
    }

    [Fact]
    public void Extract_NamesListedBeforePorts_AreNotActors()
    {
        var candidate = Extractors.SingleCandidate("Port operator adds capacity", "Westport Holdings said it was in talks with operators on using Kelang and Tawau ports to absorb overflow. Westport Holdings expects volumes to rise.");

        candidate.Actors.Should().Contain("Westport Holdings").And.NotContain(["Kelang", "Tawau"]);
    }

    [Fact]
    public void Extract_TitleCaseHeadlineVerbAfterTheSubject_EndsTheName()
    {
        var candidate = Extractors.SingleCandidate("Glenvane Declares Force Majeure On Cobalt Deliveries", "");

        candidate.Actors.Should().Contain("Glenvane").And.NotContain(a => a.Contains("Declares", StringComparison.Ordinal));
    }
}
