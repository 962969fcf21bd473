using Bellwether.Core.Internal;

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

        (await new ExtractiveSignalAnalyst().AnalyseAsync(signal)).Should().Be("The lead sentence.");
    }

    [Fact]
    public async Task AnalyseAsync_NoAnalysis_UsesTheFirstQuoteElseTheHeadline()
    {
        var withQuote = new Signal { Id = "s", Headline = "Chips", Evidence = [Evidence] };
        var bare = new Signal { Id = "s", Headline = "Chips" };

        (await new ExtractiveSignalAnalyst().AnalyseAsync(withQuote)).Should().Be("CXMT plans to raise US$42 billion.");
        (await new ExtractiveSignalAnalyst().AnalyseAsync(bare)).Should().Be("Chips");
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

        var analysis = await new ExtractiveSignalAnalyst().AnalyseAsync(signal);

        analysis.Should().StartWith("3 articles from 2 outlets, 20 May 2026 to 23 May 2026.")
            .And.Contain("Two or more turn on “export controls”.")
            .And.Contain("First, Reuters (20 May 2026): “CXMT cites export controls as it files for a listing.”")
            .And.EndWith("Latest, Reuters (23 May 2026): “Hygon follows with a STAR Market filing.”")
            .And.NotContain(signal.Headline).And.NotContain("US$42 billion”", "a phrase only one article turns on is not shared");
    }
}
