using static Bellwether.Core.Tests.Extraction.Extractors;

namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// A pronoun or verb with its contraction ("We're", "I'm", "Don't", "It's") is never a name; in a sentence-case headline
/// the word after a label's colon is capitalised as a first word is ("OECD: Growth in …"); "report" is not the media
/// cue "reporter"; companies written as a possessive ("McDonald's", "Moody's") keep their "'s".
/// </summary>
public sealed class ContractionsLabelsAndPossessiveNamesTests
{
    [Theory]
    [InlineData("Google's Sundar Pichai on wearable tech: 'We're just scratching the surface'", "Sundar Pichai")]
    [InlineData("I'm not leaving, says Carney", "Carney")]
    [InlineData("Carney: I'm Not Leaving Yet", "Carney")]
    [InlineData("It's Official: Apple Buys Beats", "Apple")]
    [InlineData("'Don't panic', Lagarde tells markets", "Lagarde")]
    public void Extract_HeadlineWithAContraction_NamesOnlyThePeopleAndCompanies(string title, string name)
    {
        var candidate = SingleCandidate(title, string.Empty);

        candidate.Actors.Should().Contain(name).And.NotContain(a => a.Contains('\'', StringComparison.Ordinal) && !a.EndsWith("'s", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_ContractionOpeningAQuotedSentence_IsNotAnActor()
    {
        var candidate = SingleCandidate(
            "Miners reject offer",
            "\"We're not going back underground for that,\" said Thandi Mokoena of the National Union of Mineworkers. " +
            "\"They've had three months.\"");

        candidate.Actors.Should().Contain("Thandi Mokoena").And.NotContain(["We're", "They've"]);
    }

    [Theory]
    [InlineData("OECD: Growth in advanced economies gains momentum", "OECD", "Growth")]
    [InlineData("Update: Apple to unveil new iPhone in September", "Apple", "Update")]
    public void Extract_CommonWordAfterAHeadlineLabelsColon_IsNotAName(string title, string name, string word)
    {
        var candidate = SingleCandidate(title, string.Empty);

        candidate.Actors.Should().Contain(name).And.NotContain(word);
    }

    [Fact]
    public void Extract_ArticleThatCitesReports_IsNotTaggedMediaAndInformation()
    {
        var candidate = SingleCandidate(
            "Samsung sales slump",
            "Samsung Electronics reported a 12% fall in quarterly sales on Tuesday. The report said demand for smartphones " +
            "had weakened, and analysts reporting on the results said the memory chip business held up. Reporting by Jane Doe.");

        candidate.Topics.Should().NotContain("media and information");
    }

    [Fact]
    public void Extract_ArticleAboutAReporter_IsStillTaggedMediaAndInformation()
    {
        var candidate = SingleCandidate(
            "Reporter detained",
            "Police detained a reporter for the daily newspaper on Monday. The journalist had covered protests, and the " +
            "broadcaster she also works for called the arrest an attack on press freedom.");

        candidate.Topics.Should().Contain("media and information");
    }

    [Theory]
    [InlineData("McDonald's profit falls as US sales slip", "McDonald's")]
    [InlineData("Moody's downgrades Ghana's debt", "Moody's")]
    [InlineData("Sainsbury's and Tesco cut milk prices", "Sainsbury's")]
    [InlineData("Dick's Sporting Goods Posts Mixed Results, Offers Weak Forecast", "Dick's Sporting Goods")]
    public void Extract_CompanyNamedAsAPossessive_KeepsItsName(string title, string name)
    {
        var candidate = SingleCandidate(title, string.Empty);

        candidate.Actors.Should().Contain(name);
    }

    [Fact]
    public void Extract_RatingAgencysFullName_IsKeptAsWritten()
    {
        var candidate = SingleCandidate("Peso slips", "Analysts at Moody's Ratings said the outlook was stable." + Speaker);

        candidate.Actors.Should().Contain("Moody's Ratings").And.NotContain("Ratings");
    }
}
