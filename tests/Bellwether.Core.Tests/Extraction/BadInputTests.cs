using Bellwether.Core.Internal;
using Microsoft.Extensions.Options;

namespace Bellwether.Core.Tests.Extraction;

public sealed class BadInputTests
{
    private static Article Make(string text, string title = "Grid operators warn of shortfall", string language = "en") =>
        new() { Id = "bad-1", Title = title, Text = text, Language = language };

    [Fact]
    public void Extract_EmptyTitleAndBody_ReturnsNoCandidatesAndValidationNamesTheArticle()
    {
        var article = Make(string.Empty, title: " ");
        Extractors.Default().Extract(article).Should().BeEmpty();
        FluentActions.Invoking(() => article.Validate()).Should().Throw<ArticleValidationException>()
            .Where(e => e.ArticleId == "bad-1" && e.Field == nameof(Core.Article.Title));
    }

    [Fact]
    public void Extract_HeadlineOnly_ReadsTheTitleWithoutInventingQuotes()
    {
        var candidate = Extractors.Default().Extract(Make(string.Empty, title: "Nvidia shares jump as US eases AI chip export rules")).Should().ContainSingle().Subject;
        candidate.Regions.Should().Contain("US");
        candidate.Actors.Should().Contain("Nvidia");
        candidate.Evidence.Quotes.Should().BeEmpty();
        candidate.Headline.Should().Be("Nvidia shares jump as US eases AI chip export rules", "a headline is all the article states");
    }

    [Fact]
    public void Extract_HeadlineOnlyStartingWithAName_KeepsTheName() =>
        Extractors.Default().Extract(Make(string.Empty, title: "Yellen says Fed will keep rates low for longer")).Single()
            .Actors.Should().Contain(["Yellen", "US Federal Reserve"]);

    [Fact]
    public void Extract_MegabyteOfText_FinishesWithCandidatesFromTheAnalysedPrefix()
    {
        var paragraph = "TenneT said on Tuesday that electricity supply in Germany could fall short by 4.2 gigawatts this winter. ";
        var text = string.Concat(Enumerable.Repeat(paragraph, (1 << 20) / paragraph.Length + 1));
        text.Length.Should().BeGreaterThan(1 << 20);
        var candidate = Extractors.Default().Extract(Make(text)).Should().ContainSingle().Subject;
        candidate.Regions.Should().Contain("DE");
        candidate.Evidence.Quotes.Should().OnlyContain(q => text.Contains(q.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_MoreQuotableSentencesThanTheCap_RanksOnlyTheFirstOnes()
    {
        var text = string.Join(' ', Enumerable.Range(1, 1_000).Select(i => $"TenneT said grid stretch {i} needs more cable this winter."));
        var analyzer = new ArticleAnalyzer(Options.Create(new SignalExtractionOptions()));

        var ranked = analyzer.Analyze(Make(text))!.RankedSentences;

        ranked.Should().HaveCount(ArticleAnalyzer.MaxRankedSentences);
        ranked.Max(s => s.Start).Should().BeLessThan(text.IndexOf($"stretch {ArticleAnalyzer.MaxRankedSentences + 1} ", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_CancelledToken_StopsWhileRankingSentences()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var text = string.Join(' ', Enumerable.Range(1, 50).Select(i => $"TenneT said grid stretch {i} needs more cable this winter."));

        FluentActions.Invoking(() => Extractors.Default().Extract(Make(text), cancelled.Token)).Should().Throw<OperationCanceledException>();
    }

    [Fact]
    public void Extract_Markup_IgnoresTagsAndQuotesOnlyCleanSentences()
    {
        var text = "<div class=\"story\"><p>Samsung Electronics said its <b>HBM4</b> chips will ship to Nvidia in Q1 2026.</p>" +
            "<p>SK Hynix still controls about 60% of the market for high-bandwidth memory used in AI data centres.</p>&nbsp;</div>";
        var candidate = Extractors.Default().Extract(Make(text)).Should().ContainSingle().Subject;
        candidate.Actors.Should().Contain(["Samsung Electronics", "SK Hynix"]).And.NotContain(a => a.Contains("div", StringComparison.OrdinalIgnoreCase));
        candidate.KeyPhrases.Should().Contain(["Q1 2026", "60%"]);
        candidate.Evidence.Quotes.Should().OnlyContain(q => !q.Text.Contains('<', StringComparison.Ordinal) && text.Contains(q.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_HtmlCharacterReferences_ReadsAndQuotesTheDecodedText()
    {
        var text = "AT&amp;T said on Monday that it&#39;s raising prices by 10% because of &quot;tariff pressure&quot; from the U.S. government. " +
            "The carrier said the increase would reach about 40 million customers in the second half of the year.";

        var candidate = Extractors.Default().Extract(Make(text, title: "AT&amp;T raises prices")).Should().ContainSingle().Subject;

        candidate.Actors.Should().Contain("AT&T").And.NotContain(a => a.Contains("AT T", StringComparison.Ordinal));
        candidate.Evidence.Quotes.Select(q => q.Text).Should().Contain("AT&T said on Monday that it's raising prices by 10% because of \"tariff pressure\" from the U.S. government.");
    }

    [Fact]
    public void Extract_HeadlineOnlyWithCharacterReferences_KeepsTheDecodedTitle() =>
        Extractors.Default().Extract(Make(string.Empty, title: "AT&amp;T raises prices by 10&#37; as tariffs bite")).Single()
            .Headline.Should().Be("AT&T raises prices by 10% as tariffs bite");

    [Theory]
    [InlineData("Die Bundesregierung hat am Dienstag beschlossen, die Stromsteuer für Unternehmen dauerhaft zu senken, teilte das Ministerium mit.", "en", "does not read as English prose")]
    [InlineData("政府は火曜日、企業向けの電気税を恒久的に引き下げることを決めたと発表した。", "en", "does not read as English prose")]
    [InlineData("The Bank of England said on Tuesday that the government cut the electricity tax for companies in Britain.", "de", "declared \"de\"")]
    public void Extract_NotEnglish_GivesAPlainCandidateOfItsOwnWords(string text, string language, string reason)
    {
        var candidate = Extractors.Default().Extract(Make(text, language: language)).Should().ContainSingle().Subject;

        candidate.Headline.Should().Be("Grid operators warn of shortfall");
        candidate.Actors.Should().BeEmpty();
        candidate.Regions.Should().BeEmpty();
        candidate.Topics.Should().BeEmpty();
        candidate.Domains.Should().BeEmpty();
        candidate.Horizon.Should().Be(SignalHorizon.EventDriven);
        candidate.Evidence.Quotes.Where(q => !text.Contains(q.Text, StringComparison.Ordinal) || !q.Text.Contains(q.KeyPhrase, StringComparison.Ordinal)).Should().BeEmpty("quotes are verbatim and hold their key phrase");
        candidate.Evidence.Reasoning.Should().Contain(reason).And.Contain("its own words");
    }

    [Fact]
    public void Extract_GermanBody_QuotesItsFirstSentencesInOrder()
    {
        const string text = "Die Bundesregierung hat am Dienstag beschlossen, die Stromsteuer für Unternehmen dauerhaft zu senken. " +
            "Das teilte das Ministerium in Berlin nach der Sitzung des Kabinetts mit. Die Industrie begrüßte den Schritt als überfällig.";

        var candidate = Extractors.Default().Extract(Make(text, title: "Stromsteuer sinkt dauerhaft", language: "de")).Should().ContainSingle().Subject;

        candidate.Headline.Should().Be("Stromsteuer sinkt dauerhaft");
        candidate.Evidence.Quotes.Select(q => q.Text).Should().Equal(
            "Die Bundesregierung hat am Dienstag beschlossen, die Stromsteuer für Unternehmen dauerhaft zu senken.",
            "Das teilte das Ministerium in Berlin nach der Sitzung des Kabinetts mit.");
    }

    [Fact]
    public void Extract_UntitledArticleInAnotherLanguage_TakesItsFirstLineAsHeadline() =>
        Extractors.Default().Extract(Make("Stromsteuer sinkt dauerhaft\nDie Bundesregierung hat am Dienstag beschlossen, die Stromsteuer zu senken.", title: " ", language: "de"))
            .Should().ContainSingle().Which.Headline.Should().Be("Stromsteuer sinkt dauerhaft");

    [Fact]
    public void Extract_NotEnglishWithKeepUnreadArticlesOff_ReturnsNoCandidates() =>
        Extractors.Default(o => o.KeepUnreadArticles = false)
            .Extract(Make("Die Bundesregierung hat am Dienstag beschlossen, die Stromsteuer für Unternehmen dauerhaft zu senken.", language: "de"))
            .Should().BeEmpty();

    [Theory]
    [InlineData("\0\u0001\u0002\u0003\u0007\u001b")]
    [InlineData("\ufffd\ufffd\ufffd")]
    [InlineData("\ud800\udc00\ud800")]
    public void Extract_BodyOfOnlyControlOrBrokenCharacters_ReadsTheTitleAlone(string text)
    {
        var candidate = Extractors.Default().Extract(Make(text, title: "Bank of England warns of power shortfall")).Should().ContainSingle().Subject;

        candidate.Headline.Should().Be("Bank of England warns of power shortfall");
        candidate.Actors.Should().Equal("Bank of England");
        candidate.Evidence.Quotes.Should().BeEmpty();
    }

    [Fact]
    public void Extract_BodyOfOnlyControlCharactersAndNoTitle_ReturnsNoCandidates() =>
        Extractors.Default().Extract(Make("\0\u0001\u0002", title: " ")).Should().BeEmpty();

    [Theory]
    [InlineData("Prices rose\u0000 5% after the\u0008 ruling by the court in London. The Bank of England said rates would stay high for longer.", "GB")]
    [InlineData("Broken \ud800 surrogates \udc00 appear here. The Bank of England said rates in Britain would stay high for longer.", "GB")]
    public void Extract_ProseWithControlOrBrokenCharacters_ReadsItAndQuotesOnlyCleanSentences(string text, string region)
    {
        var candidate = Extractors.Default().Extract(Make(text)).Should().ContainSingle().Subject;
        candidate.Regions.Should().Contain(region);
        candidate.Actors.Should().Contain("Bank of England").And.OnlyContain(a => !a.Any(char.IsSurrogate) && !a.Any(char.IsControl));
        candidate.Evidence.Quotes.Should().ContainSingle(q => q.Text.StartsWith("The Bank of England", StringComparison.Ordinal))
            .Which.Text.Should().Match(t => !t.Any(char.IsControl) && !t.Any(char.IsSurrogate) && text.Contains(t, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ExtractAsync_CancelledToken_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await FluentActions.Awaiting(async () => await Extractors.Default().ExtractAsync(Make("Some text here."), cancelled.Token))
            .Should().ThrowAsync<OperationCanceledException>();
    }
}
