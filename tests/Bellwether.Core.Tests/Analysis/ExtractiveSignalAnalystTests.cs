using Bellwether.Core.Internal;
using Microsoft.Extensions.Options;

namespace Bellwether.Core.Tests.Analysis;

public sealed class ExtractiveSignalAnalystTests
{
    private static readonly ArticleEvidence Evidence = new()
    {
        Article = new ArticleReference("a-1", "CXMT files for IPO", null, null, null),
        Quotes = [new Quote("CXMT plans to raise US$42 billion.", "US$42 billion")],
    };

    [Fact]
    public async Task AnalyseAsync_SignalWithAnalysis_KeepsIt()
    {
        var signal = new Signal { Id = "s", Headline = "Chips", Analysis = "The lead sentence.", Evidence = [Evidence] };

        (await Analyst().AnalyseAsync(signal)).Should().Be("The lead sentence.");
    }

    [Fact]
    public async Task AnalyseAsync_NoAnalysis_UsesTheFirstQuoteElseTheHeadline()
    {
        var withQuote = new Signal { Id = "s", Headline = "Chips", Evidence = [Evidence] };
        var bare = new Signal { Id = "s", Headline = "Chips" };

        (await Analyst().AnalyseAsync(withQuote)).Should().Be("CXMT plans to raise US$42 billion.");
        (await Analyst().AnalyseAsync(bare)).Should().Be("Chips");
    }

    [Fact]
    public async Task AnalyseAsync_SeveralArticles_SumsUpTheEvidenceInsteadOfKeepingTheFirstAnalysis()
    {
        var may20 = new DateTimeOffset(2026, 5, 20, 8, 0, 0, TimeSpan.Zero);
        ArticleEvidence Report(string id, string source, int day, params Quote[] quotes) =>
            new() { Article = new ArticleReference(id, "t" + id, null, source, may20.AddDays(day)), Quotes = quotes };
        var signal = new Signal
        {
            Id = "s",
            Headline = "Export controls accelerating listings",
            Analysis = "The lead sentence of the first article.",
            Evidence =
            [
                Report("b", "Caixin", 1, new Quote("Cambricon's revenue surged under U.S. export controls.", "export controls")),
                Report("a", "Reuters", 0, new Quote("CXMT cites export controls as it files for a listing.", "export controls"), new Quote("It seeks US$42 billion.", "US$42 billion")),
                Report("c", "Reuters", 3, new Quote("Hygon follows with a STAR Market filing.", "STAR Market")),
            ],
        };

        var analysis = await Analyst().AnalyseAsync(signal);

        analysis.Should().StartWith("3 articles from 2 outlets, 20 May 2026 to 23 May 2026.")
            .And.Contain("Two or more turn on “export controls”.")
            .And.Contain("First, Reuters (20 May 2026): “CXMT cites export controls as it files for a listing.”")
            .And.EndWith("Latest, Reuters (23 May 2026): “Hygon follows with a STAR Market filing.”")
            .And.NotContain(signal.Headline).And.NotContain("US$42 billion”", "a phrase only one article turns on is not shared");
    }

    [Fact]
    public async Task HeadlineAsync_OneArticle_KeepsTheHeadlineItWasExtractedWith()
    {
        var signal = new Signal { Id = "s", Headline = "Chips", Evidence = [Evidence] };

        (await Analyst().HeadlineAsync(signal)).Should().Be("Chips");
    }

    [Fact]
    public async Task HeadlineAsync_ArticlesStatingOnePattern_StatesDriverDirectionAndWhoOfAllOfThem()
    {
        var signal = new Signal
        {
            Id = "s",
            Headline = "CXMT files for IPO",
            Evidence =
            [
                Titled("a", "CXMT files for a listing", "U.S. export controls are accelerating self-sufficiency at CXMT, the memory chipmaker."),
                Titled("b", "Cambricon revenue surges", "Sanctions and export controls accelerate self-sufficiency, and Cambricon sells more AI chips than ever."),
                Titled("c", "Hygon plans a listing", "Hygon, a Chinese chipmaker, says tariffs are curbing imports of processors."),
            ],
        };

        var headline = await Analyst().HeadlineAsync(signal);

        headline.Should().StartWith("Export controls accelerating self-sufficiency", "two of three articles state that cause and effect, the third another one")
            .And.Contain("CXMT").And.Contain("Cambricon", "the who spans the articles, not only the first")
            .And.NotBe(signal.Headline);
        signal.Evidence.Should().NotContain(e => e.Article.Title == headline, "a headline is not an article's title");
    }

    [Fact]
    public async Task HeadlineAsync_HeadlinesOnly_TakesTheTitleTheOthersShareMostWith()
    {
        var signal = new Signal
        {
            Id = "s",
            Headline = "Pot businesses have cash but no banks",
            Evidence =
            [
                Titled("a", "Pot businesses have cash but no banks"),
                Titled("b", "Men's Wearhouse raises its offer for Jos. A. Bank"),
                Titled("c", "Jos. A. Bank weighs the Men's Wearhouse offer"),
            ],
        };

        (await Analyst().HeadlineAsync(signal)).Should().Be("Men's Wearhouse raises its offer for Jos. A. Bank", "the first article was off the subject the others share");
    }

    [Fact]
    public async Task HeadlineAsync_CentralTitleEndingWithItsOutletsName_LeavesTheNameOut()
    {
        var signal = new Signal
        {
            Id = "s",
            Headline = "Pot businesses have cash but no banks",
            Evidence =
            [
                Titled("a", "Pot businesses have cash but no banks"),
                Titled("b", "Men's Wearhouse raises its offer for Jos. A. Bank - WDRB 41 Louisville News") with
                {
                    Article = new ArticleReference("b", "Men's Wearhouse raises its offer for Jos. A. Bank - WDRB 41 Louisville News", null, "WDRB", null),
                },
                Titled("c", "Jos. A. Bank weighs the Men's Wearhouse offer"),
            ],
        };

        (await Analyst().HeadlineAsync(signal)).Should().Be("Men's Wearhouse raises its offer for Jos. A. Bank");
    }

    [Theory]
    [InlineData("Home News Business Men's Wearhouse sees rival Jos. A. Bank offer as a nice...", "Jos. A. Bank weighs the Men's Wearhouse offer…")]
    [InlineData("MEN'S WEARHOUSE SEES RIVAL JOS. A. BANK OFFER AS A NICE FIT", "Jos. A. Bank weighs the Men's Wearhouse offer…")]
    [InlineData("HOUSTON _ Men's Wearhouse said Tuesday it saw the rival Jos. A. Bank offer as a nice fit.", "JOS. A. BANK WEIGHS THE MEN'S WEARHOUSE OFFER")]
    public async Task HeadlineAsync_CentralTitleThatReadsAsNoHeadline_TakesOneThatDoes(string central, string other)
    {
        var signal = TitledSignal(central, "Men's Wearhouse raises its offer for Jos. A. Bank", other);

        (await Analyst().HeadlineAsync(signal)).Should().Be("Men's Wearhouse raises its offer for Jos. A. Bank", "a title cut short, in capitals or a lead sentence does not read as a headline");
    }

    [Fact]
    public async Task HeadlineAsync_EveryTitleCutShort_TakesTheOneTheOthersShareMostWith()
    {
        var signal = TitledSignal("Pot businesses have cash but no banks...", "Men's Wearhouse raises its offer for Jos. A. Bank...", "Jos. A. Bank weighs the Men's Wearhouse offer...");

        (await Analyst().HeadlineAsync(signal)).Should().Be("Men's Wearhouse raises its offer for Jos. A. Bank...");
    }

    private static ExtractiveSignalAnalyst Analyst() => new(new ArticleAnalyzer(Options.Create(new SignalExtractionOptions())));

    private static ArticleEvidence Titled(string id, string title, params string[] quotes) =>
        new() { Article = new ArticleReference(id, title, null, null, null), Quotes = [.. quotes.Select(q => new Quote(q, q.Split(' ')[0]))] };

    /// <summary>A signal of bare headlines, headed by the first.</summary>
    private static Signal TitledSignal(params string[] titles) =>
        new() { Id = "s", Headline = titles[0], Evidence = [.. titles.Select((t, i) => Titled(((char)('a' + i)).ToString(), t))] };
}
