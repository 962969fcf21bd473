namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// Local news names places after saints ("St. Louis"), union chapters by number ("Amalgamated Transit Union Local 1505"),
/// associations of a trade in the possessive ("Toledo Police Patrolman's Association"), and files from towns in a state
/// of several words ("GOSFORD, New South Wales —").
/// </summary>
public sealed class SaintsUnionLocalsAndLongDatelinesTests
{
    [Fact]
    public void Extract_SaintsAbbreviation_DoesNotEndTheName()
    {
        var candidate = Extractors.SingleCandidate("Fares", "Fares will rise by 10%, the St. Louis Post-Dispatch reported on Monday. Riders in St. Vital have lost one bus in three, Awa Traore said.");

        candidate.Actors.Should().Contain("St. Louis Post-Dispatch").And.NotContain(["St", "Vital", "Louis Post-Dispatch"]);
    }

    [Theory]
    [InlineData("Drivers of the Amalgamated Transit Union Local 1505 voted to strike on Monday, Awa Traore said.", "Amalgamated Transit Union Local 1505")]
    [InlineData("Drivers of Teamsters Local 727 voted to strike on Monday, Awa Traore said.", "Teamsters Local 727")]
    [InlineData("The Toledo Police Patrolman's Association rejected the offer on Monday, Awa Traore said.", "Toledo Police Patrolman's Association")]
    public void Extract_UnionChapterOrTradeAssociation_IsOneName(string text, string name)
    {
        var candidate = Extractors.SingleCandidate("Strike", text);

        candidate.Actors.Should().Contain(name).And.Contain("Awa Traore").And.HaveCount(2);
    }

    [Fact]
    public void Extract_DatelineInAStateOfSeveralWords_IsNeitherActorNorSentence()
    {
        var candidate = Extractors.SingleCandidate("Landfill", "GOSFORD, New South Wales — Households across the Central Coast will get new bins, Mayor Lisa Harrington said on Monday. The landfill is nearly full, she said.");

        candidate.Actors.Should().Equal("Lisa Harrington");
    }
}
