using Bellwether.Core.Internal;

namespace Bellwether.Core.Tests.Extraction;

public sealed class TitleCaseHeadlineTests
{
    private static readonly CommonWords Dictionary = CommonWords.Load();

    private static IReadOnlyList<string> ActorsOf(string title) =>
        Extractors.Default().Extract(new Article { Id = "tc-1", Title = title, Text = string.Empty }).Should().ContainSingle().Subject.Actors;

    [Fact]
    public void Extract_TitleCaseHeadline_KeepsTheNamesAndDropsRunsOfCommonWords()
    {
        var actors = ActorsOf("SoftBank CEO Up For 'Massive Price War' Against Verizon And AT&T");
        actors.Should().Contain(["Verizon", "AT&T"]);
        actors.Should().NotContain(a => a.Contains("Massive", StringComparison.Ordinal) || a.Contains("Price", StringComparison.Ordinal) || a.Contains("Up For", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_HeadlineInCapitals_IsReadAsTitleCase()
    {
        var candidate = Extractors.SingleCandidate("VERIZON SUES SAMSUNG OVER PATENTS AS U.S. SALES SLOW", "");

        candidate.Actors.Should().BeEquivalentTo(["Verizon", "Samsung Electronics"]);
        candidate.Regions.Should().Equal("US");
        candidate.Headline.Should().Be("VERIZON SUES SAMSUNG OVER PATENTS AS U.S. SALES SLOW", "the headline is shown as written");
    }

    [Fact]
    public void Extract_TitleCaseHeadlineOfCommonWords_FindsTheRegionAndNoActor()
    {
        var candidate = Extractors.Default().Extract(new Article { Id = "tc-2", Title = "Japan Says Bitcoin Not Currency Amid Calls for Regulation", Text = string.Empty }).Single();
        candidate.Regions.Should().Equal("JP");
        candidate.Actors.Should().BeEmpty("every capitalised word here is a common word written in Title Case");
    }

    [Theory]
    [InlineData("Kenya Ministry of Health Signs Vaccine Deal With Gavi", "Kenya Ministry of Health")]
    [InlineData("Saudi Ministry of Culture Signs $200 Million Heritage Partnership", "Saudi Ministry of Culture")]
    public void Extract_TitleCaseHeadlineOpeningWithACountrysInstitution_EndsTheNameAtTheVerb(string title, string institution) =>
        ActorsOf(title).Should().Contain(institution).And.NotContain(a => a.Contains("Signs", StringComparison.Ordinal));

    [Fact]
    public void Extract_TitleCaseHeadline_TrimsCommonWordsButKeepsAnOrganisationEndingAfterAName() =>
        ActorsOf("Zephyrion Bank Posts Fourth-Quarter Loss").Should().Equal("Zephyrion Bank");

    [Fact]
    public void Extract_TitleCaseHeadline_KeepsANameWhoseWordIsAlsoACommonWord() =>
        ActorsOf("Taylor Swift Named Highest-Paid Musician Of The Year").Should().Equal("Taylor Swift");

    [Fact]
    public void Extract_TitleCaseHeadline_DropsALoneCommonWordEvenIfItCanBeASurname() =>
        ActorsOf("Weeks Of Gains Lift Price Of Quorvane Shares").Should().Equal("Quorvane");

    [Fact]
    public void TitleCased_TitleCaseHeadline_IsTrueOnlyWithoutABodyAndWithMostContentWordsCapitalised()
    {
        new AnalysedText("Japan Says Bitcoin Not Currency", string.Empty).TitleCased.Should().BeTrue();
        new AnalysedText("Japan says bitcoin is not a currency", string.Empty).TitleCased.Should().BeFalse();
        new AnalysedText("Japan Says Bitcoin Not Currency", "Japan's finance minister said on Friday that bitcoin is not a currency.").TitleCased.Should().BeFalse();
    }

    [Theory]
    [InlineData("Currency", true, true)]
    [InlineData("Much-Needed", true, true)]
    [InlineData("Won\u2019t", true, true)]
    [InlineData("Market's", true, true)]
    [InlineData("Swift", false, true)]
    [InlineData("Verizon", false, false)]
    [InlineData("Titanfall", false, false)]
    public void IsCommon_Word_AnswersFromTheEmbeddedDictionary(string word, bool common, bool commonEvenIfName)
    {
        Dictionary.IsCommon(word, evenIfName: false).Should().Be(common);
        Dictionary.IsCommon(word, evenIfName: true).Should().Be(commonEvenIfName);
    }
}
