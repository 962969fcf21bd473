using BenchmarkDotNet.Attributes;
using Bellwether.Core.Internal;
using Bellwether.Core.Text;
using Microsoft.Extensions.Options;

namespace Bellwether.Core.Benchmarks;

/// <summary>
/// The offline extractor on a 3 KB news article (one core, one article per operation), against tokenising the same
/// text as the baseline. Target: at least 2,000 articles per second, so a mean under 500 µs.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ExtractionBenchmarks
{
    private const string Body =
        "Samsung Electronics said on Tuesday it had started mass production of HBM4 memory chips for Nvidia's next AI accelerators, " +
        "hoping to win back market share from SK Hynix, which controls about 60% of the market for high-bandwidth memory used in AI data centres. " +
        "The South Korean company's chip division reported operating profit of 7 trillion won in the third quarter, up 80% from a year earlier, " +
        "as prices for DRAM recovered from a severe downturn marked by oversupply. Analysts at Morgan Stanley said the memory cycle had turned " +
        "and expected prices to rise again in Q1 2026.\n" +
        "The push comes as U.S. export controls limit what chipmakers can ship to China. The Commerce Department added more Chinese firms to " +
        "its Entity List in December, and Beijing responded by restricting exports of gallium and germanium. Chinese memory makers such as " +
        "CXMT and Yangtze Memory Technologies are expanding with state support, and CXMT has filed for a US$42 billion listing on the STAR Market " +
        "in Shanghai. Investors said the mega-IPOs could drain liquidity from smaller technology stocks.\n" +
        "Samsung plans to spend 20 billion dollars on a new fabrication plant in Pyeongtaek by 2028, while Micron Technology is building " +
        "factories in Idaho and New York with subsidies from the CHIPS Act. \"Demand for AI servers has doubled since 2024,\" said Kim Jae-hoon, " +
        "an analyst at Mirae Asset Securities. \"The companies that secure supply of advanced packaging will set the pace for the next decade.\"\n" +
        "Taiwan's TSMC, which packages most of Nvidia's accelerators, said its CoWoS capacity would double in 2026. The company's chairman said " +
        "geopolitical tension was reshaping supply chains, with customers asking for production outside Asia. Intel is also courting AI " +
        "customers for its foundry business after losing $7 billion in the unit last year, and AMD launched its MI350 accelerator to compete " +
        "with Nvidia's Blackwell chips.\n" +
        "Industry groups warned that a shortage of skilled engineers could delay new fabs in Europe and the United States. The European " +
        "Commission has approved state aid for plants in Germany and Italy under the Chips Act, which aims to double Europe's share of global " +
        "semiconductor output to 20% by 2030. Critics say the target is unrealistic without more private investment and a deeper supplier base " +
        "for lithography equipment, where ASML of the Netherlands remains the only maker of extreme ultraviolet machines.\n" +
        "In Japan, Rapidus is preparing a pilot line for 2-nanometre chips in Hokkaido with 920 billion yen of government support, and " +
        "Tokyo Electron reported record orders from Chinese customers in the first half. Officials in Washington are weighing further " +
        "limits on equipment sales, a move that could hit revenue at Applied Materials and Lam Research. Shares of memory makers rose " +
        "between 3% and 5% in Seoul after Samsung's announcement, and the Kospi index closed at its highest level since 2021. The next test " +
        "will come in January, when Nvidia is expected to confirm which suppliers qualified for its HBM4 orders.";

    private readonly OfflineSignalExtractor extractor = new(new ArticleAnalyzer(Options.Create(new SignalExtractionOptions())));
    private readonly Article article = new() { Id = "bench-3kb", Title = "Samsung Bets on HBM4 to Catch SK Hynix as AI Memory Cycle Turns", Text = Body };

    /// <summary>Checks that the article is the 3 KB the benchmark claims.</summary>
    [GlobalSetup]
    public void CheckSize()
    {
        if (article.Text.Length is < 2_900 or > 3_300)
        {
            throw new InvalidOperationException($"The benchmark article is {article.Text.Length} characters, not about 3 KB.");
        }
    }

    /// <summary>Tokenising the article's body: the floor any extraction pays.</summary>
    [Benchmark(Baseline = true)]
    public int Tokenize() => Tokenizer.Tokenize(article.Text).Count;

    /// <summary>Porter2 content terms of the body, as the clustering core reads them.</summary>
    [Benchmark]
    public int Terms() => TermExtractor.GetTerms(article.Text).Count;

    /// <summary>The full offline extraction of one 3 KB article.</summary>
    [Benchmark]
    public int Extract() => extractor.Extract(article).Count;
}
