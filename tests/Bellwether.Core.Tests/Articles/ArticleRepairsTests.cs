using Bellwether.Core.Internal;

namespace Bellwether.Core.Tests.Articles;

public sealed class ArticleRepairsTests
{
    private static readonly Article Clean = new()
    {
        Id = "a-1",
        Title = "Chipmaker files for IPO",
        Text = "The company filed on Monday. It plans to raise money.",
        Url = new Uri("https://example.com/ipo"),
        Source = "Wire",
        Section = "business",
    };

    [Fact]
    public void Apply_CleanArticle_ChangesNothingAndReportsNothing()
    {
        var (article, repairs) = ArticleRepairs.Apply(Clean, maxTextLength: 1000);

        article.Should().Be(Clean);
        repairs.Should().BeEmpty();
    }

    [Fact]
    public void Apply_TextLongerThanTheLimit_CutsAfterTheLastWholeSentenceAndReportsIt()
    {
        var text = string.Concat(Enumerable.Range(0, 100).Select(i => $"Sentence number {i} ends here. "));

        var (article, repairs) = ArticleRepairs.Apply(Clean with { Text = text }, maxTextLength: 1000);

        article.Text.Length.Should().BeLessThanOrEqualTo(1000).And.BeGreaterThan(950);
        article.Text.Should().EndWith("ends here.");
        text.Should().StartWith(article.Text);
        repairs.Should().ContainSingle().Which.Should().Match<ArticleIssue>(r => r.Field == "Text" && r.Reason.Contains($"was {text.Length} characters long") && r.Reason.Contains("the limit is 1000"));
    }

    [Fact]
    public void CutAtSentence_NoSentenceEndsWithinTheLimit_CutsOnAWord()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 500));

        var cut = ArticleRepairs.CutAtSentence(text, 1000);

        cut.Length.Should().BeLessThanOrEqualTo(1000);
        cut.Should().EndWith("word");
        text.Should().StartWith(cut + " ");
    }

    [Fact]
    public void CutAtSentence_LimitBetweenTheHalvesOfASurrogatePair_KeepsThePairWhole()
    {
        var text = new string('x', 9) + "\U0001F600" + "tail";

        var cut = ArticleRepairs.CutAtSentence(text, 10);

        cut.Should().Be(new string('x', 9));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://example.com/file")]
    [InlineData("/relative/path")]
    public void Apply_AddressThatIsNotAbsoluteHttp_DropsItKeepsTheArticleAndReportsIt(string address)
    {
        var (article, repairs) = ArticleRepairs.Apply(Clean with { Url = new Uri(address, UriKind.RelativeOrAbsolute) }, maxTextLength: 1000);

        article.Url.Should().BeNull();
        article.Should().Be(Clean with { Url = null });
        repairs.Should().ContainSingle().Which.Field.Should().Be("Url");
    }

    [Theory]
    [InlineData("Title", "Chip\0maker files", "Chip\uFFFDmaker files")]
    [InlineData("Source", "Wi\u0007re", "Wi\uFFFDre")]
    [InlineData("Section", "busi\u001bness", "busi\uFFFDness")]
    public void Apply_ControlCharacterInAShortField_ReplacesItAndNamesTheField(string field, string value, string expected)
    {
        var dirty = field switch
        {
            "Title" => Clean with { Title = value },
            "Source" => Clean with { Source = value },
            _ => Clean with { Section = value },
        };

        var (article, repairs) = ArticleRepairs.Apply(dirty, maxTextLength: 1000);

        (field switch { "Title" => article.Title, "Source" => article.Source, _ => article.Section }).Should().Be(expected);
        repairs.Should().ContainSingle().Which.Field.Should().Be(field);
    }

    [Fact]
    public void Apply_UnpairedSurrogatesInTheTitle_ReplacesThemKeepingPairs()
    {
        // Built in code: an attribute argument cannot hold an unpaired surrogate.
        var (article, repairs) = ArticleRepairs.Apply(Clean with { Title = "Chip\ud800maker \U0001F600 files\udc00" }, maxTextLength: 1000);

        article.Title.Should().Be("Chip\uFFFDmaker \U0001F600 files\uFFFD");
        repairs.Should().ContainSingle().Which.Should().Be(new ArticleIssue("Title", "had 2 control character(s) or unpaired surrogate(s); replaced with U+FFFD"));
    }

    [Fact]
    public void Apply_LineBreakInTheTitle_BecomesASpaceWithoutAReport()
    {
        var (article, repairs) = ArticleRepairs.Apply(Clean with { Title = "Chipmaker\nfiles\tfor IPO" }, maxTextLength: 1000);

        article.Title.Should().Be("Chipmaker files for IPO");
        repairs.Should().BeEmpty();
    }

    [Fact]
    public void Apply_UnpairedSurrogatesInTheBody_ReplacesThemKeepingPairsAndLength()
    {
        var text = "Rates rose \ud800 sharply \U0001F600 today\udfff";

        var (article, repairs) = ArticleRepairs.Apply(Clean with { Text = text }, maxTextLength: 1000);

        article.Text.Should().Be("Rates rose \uFFFD sharply \U0001F600 today\uFFFD");
        repairs.Should().ContainSingle().Which.Reason.Should().Contain("2 unpaired surrogate(s)");
    }

    [Fact]
    public void Apply_ControlCharactersInTheBody_AreLeftForExtractionToSkip()
    {
        var (article, repairs) = ArticleRepairs.Apply(Clean with { Text = "Line one.\0\u0007 Line two." }, maxTextLength: 1000);

        article.Text.Should().Be("Line one.\0\u0007 Line two.");
        repairs.Should().BeEmpty();
    }
}
