using Bellwether.AI.Internal;
using Bellwether.Core;
using BenchmarkDotNet.Attributes;

namespace Bellwether.AI.Benchmarks;

/// <summary>
/// What reading a long article in parts costs on top of the work done for every article: a text of about 2.8
/// default budgets (the four seed articles repeated to 66,000 characters) split into 3 parts, and the answers of 3
/// parts (3 candidates each, one headline named in two parts) merged, against collapsing the article once as the
/// source quotes are checked against.
/// </summary>
[MemoryDiagnoser]
public class ArticlePartsBenchmarks
{
    private readonly BellwetherAIOptions _options = new();
    private Article _article = null!;
    private List<ValidatedExtraction> _answers = null!;

    [GlobalSetup]
    public void Setup()
    {
        var seeds = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.txt").Order(StringComparer.Ordinal)
            .Select(path => string.Join('\n', File.ReadAllLines(path).Skip(1)))
            .ToList();
        var text = string.Join("\n\n", Enumerable.Repeat(seeds, 40).SelectMany(s => s));
        _article = new Article { Id = "long", Title = "A long article", Text = text[..66_000] };
        var sentences = _article.Text.Split(". ").Where(s => s.Length > 40).ToList();
        _answers =
        [
            .. Enumerable.Range(0, 3).Select(part => new ValidatedExtraction(
                [
                    .. Enumerable.Range(0, 3).Select(i => new RatedCandidate(
                        new SignalCandidate
                        {
                            Headline = i == 0 ? "Capital markets fund what export controls deny" : $"Pattern {part}.{i}",
                            Topics = ["semiconductors"],
                            Regions = ["CN"],
                            Actors = ["CXMT", $"Actor {part}"],
                            Evidence = new ArticleEvidence { Article = _article.ToReference(), Quotes = [new Quote(sentences[(part * 3) + i], "the")], Reasoning = "r" },
                        },
                        0.5 + (0.1 * i))),
                ],
                default)),
        ];
    }

    [Benchmark(Baseline = true, Description = "Collapse the article (quote source)")]
    public int Source() => AnswerValidator.Source(_article).Length;

    [Benchmark(Description = "Split into 3 parts at sentence ends")]
    public int Split() => ArticleChunker.SplitByTokens(_article.Text, _options.MaxArticleTokens, _options.MaxChunksPerArticle, out _).Count;

    [Benchmark(Description = "Merge the answers of 3 parts")]
    public int Merge() => CandidateMerger.Merge(_answers, _options.MaxSignalsPerArticle).Candidates.Count;
}
