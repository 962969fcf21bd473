namespace Bellwether.Core.Tests.Extraction;

public sealed class AmpersandNameTests
{
    private static IReadOnlyList<string> ActorsOf(string title, string text) =>
        Extractors.Default().Extract(new Article { Id = "amp-1", Title = title, Text = text }).SelectMany(c => c.Actors).ToList();

    [Theory]
    [InlineData("Procter & Gamble")]
    [InlineData("Johnson & Johnson")]
    [InlineData("Marks & Spencer")]
    [InlineData("Standard & Poor's")]
    public void Extract_NamesJoinedByAmpersandInProse_AreOneActor(string name)
    {
        var actors = ActorsOf(
            $"{name} raises prices again",
            $"{name} said on Tuesday it would raise prices in July. Analysts said the move by {name} was expected after a weak quarter.");

        actors.Should().Contain(name);
        actors.Should().NotContain(name.Split(" & ")[1]).And.NotContain(name.Split(" & ")[0]);
    }

    [Fact]
    public void Extract_AmpersandNameInTheMiddleOfASentence_IsOneActor()
    {
        var actors = ActorsOf(
            "Consumer goods makers lift prices",
            "Investors bought shares of Procter & Gamble on Friday after the company lifted its forecast.");

        actors.Should().Contain("Procter & Gamble").And.NotContain("Gamble");
    }

    [Fact]
    public void Extract_TitleCaseHeadlineWithAnAmpersandName_KeepsTheNameAndDropsTheCommonWords() =>
        ActorsOf("Procter & Gamble Shares Rise On Earnings", string.Empty).Should().Equal("Procter & Gamble");

    [Theory]
    [InlineData("Research & Development Spending Rises At Quorvane", "Quorvane")]
    [InlineData("Computer & Software Stocks Fall As Quorvane Slips", "Quorvane")]
    [InlineData("King & Spalding To Lead Quorvane Recall Probe", "King & Spalding", "Quorvane")]
    public void Extract_TitleCaseHeadlineWithAmpersand_JoinsOnlyNames(string title, params string[] expected) =>
        ActorsOf(title, string.Empty).Should().BeEquivalentTo(expected);

    [Fact]
    public void Extract_AmpersandEndingAListOfSingleNames_KeepsEveryNameApart() =>
        ActorsOf("Feynman, Sagan & Tyson", string.Empty).Should().BeEquivalentTo("Feynman", "Sagan", "Tyson");

    [Fact]
    public void Extract_ListOfAmpersandNames_KeepsEachNameWhole() =>
        ActorsOf("Procter & Gamble, Johnson & Johnson Lift Prices Again", string.Empty).Should().Contain(["Procter & Gamble", "Johnson & Johnson"]);

    [Fact]
    public void Extract_AmpersandBeforeALowercaseWord_DoesNotGlueItToTheName()
    {
        var actors = ActorsOf(
            "Quorvane widens its network",
            "Quorvane & partners will build 40 new stations this year, Quorvane said on Monday.");

        actors.Should().Contain("Quorvane").And.NotContain(a => a.Contains('&', StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_AmpersandBetweenCommonWordsOpeningASentence_IsNotAnActor()
    {
        var actors = ActorsOf(
            "Quorvane lifts its budget",
            "Research & Development spending at Quorvane rose 12% in the quarter, and research spending will rise again, Quorvane said.");

        actors.Should().Contain("Quorvane").And.NotContain(a => a.Contains("Research", StringComparison.Ordinal) || a.Contains("Development", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_AmpersandBetweenTwoFullNames_KeepsThemApart()
    {
        var actors = ActorsOf(
            "Quorvane picks new leaders",
            "Quorvane said on Monday that Lena Marsh & Tom Keller will lead its grid business. Marsh and Keller start in June.");

        actors.Should().Contain(["Lena Marsh", "Tom Keller"]).And.NotContain(a => a.Contains('&', StringComparison.Ordinal));
    }
}
