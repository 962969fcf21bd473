using static Bellwether.Core.Tests.Extraction.Extractors;

namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// "Force" ends an organisation's name ("Royal Solomon Islands Police Force"); "for a" goes on inside one ("Movement for
/// a New Homeland"); "PM" is a title, and an acronym before a title and a name is where the person works ("RCMP
/// Superintendent Claire Beaulieu" names Claire Beaulieu).
/// </summary>
public sealed class ForcesMovementsAndTitledNamesTests
{
    [Theory]
    [InlineData("The Royal Solomon Islands Police Force said calm had returned to Honiara.", "Royal Solomon Islands Police Force")]
    [InlineData("The Movement for a New Homeland said it would boycott the vote.", "Movement for a New Homeland")]
    public void Extract_OrganisationEndingInForceOrJoinedByForA_KeepsItsWholeName(string text, string name)
    {
        var candidate = Extractors.SingleCandidate("Politics", text + Speaker);

        candidate.Actors.Should().Contain(name);
    }

    [Theory]
    [InlineData("PM Joseph Wapi said the vote would go ahead.", "Joseph Wapi")]
    [InlineData("RCMP Superintendent Claire Beaulieu said the inquiry would widen.", "Claire Beaulieu")]
    public void Extract_TitleOrEmployerAndTitleBeforeAPerson_LeavesThePersonsName(string text, string person)
    {
        var candidate = Extractors.SingleCandidate("Politics", text + Speaker);

        candidate.Actors.Should().Contain(person).And.NotContain(a => a.EndsWith(" " + person, StringComparison.Ordinal));
    }
}
