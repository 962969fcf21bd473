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
}
