using System.Text.Json;
using Bellwether.AI.Internal;
using Bellwether.Core;
using BenchmarkDotNet.Attributes;

namespace Bellwether.AI.Benchmarks;

/// <summary>
/// What checking a model's answer costs on top of parsing it: a three-signal answer about seed article 001
/// (about 4,000 characters), with verbatim quotes, one invented quote, and valid and invalid codes.
/// </summary>
[MemoryDiagnoser]
public class AnswerValidationBenchmarks
{
    private Article _article = null!;
    private string _answer = null!;
    private AnswerValidator _validator = null!;

    [GlobalSetup]
    public void Setup()
    {
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "seeds", "001_b57d152d6c6b719e.txt"));
        _article = new Article { Id = "001", Title = lines[0], Text = string.Join('\n', lines.Skip(1)) };
        var sentences = _article.Text.Split(". ").Where(s => s.Length > 40).Take(6).ToList();
        var signals = Enumerable.Range(0, 3).Select(i => new
        {
            headline = $"Pattern {i}: capital markets fund what export controls deny",
            horizon = "structural",
            domains = new[] { "economic", "technological", "astrology" },
            topics = new[] { "semiconductors", "IPOs", "space tourism" },
            regions = new[] { "CN", "us", "XX" },
            actors = new[] { "CXMT", "STAR Market" },
            quotes = new[]
            {
                new { text = sentences[2 * i], keyPhrase = sentences[2 * i].Split(' ')[1] },
                new { text = sentences[(2 * i) + 1], keyPhrase = sentences[(2 * i) + 1].Split(' ')[2] },
                new { text = "CXMT will double capacity by 2027, its chairman said.", keyPhrase = "double" },
            },
            reasoning = "A record listing funds a chipmaker cut off from foreign tools.",
            analysis = "Capital markets replace state finance.",
            confidence = 0.8,
        });
        _answer = JsonSerializer.Serialize(new { signals });
        _validator = new AnswerValidator(new BellwetherAIOptions());
    }

    [Benchmark(Baseline = true, Description = "Parse the answer")]
    public int Parse() => ModelRequester.Parse(_answer, AIJsonContext.Default.ExtractionAnswer).Signals!.Count;

    [Benchmark(Description = "Parse and validate the answer")]
    public int ParseAndValidate() => _validator.Validate(_article, AnswerValidator.Source(_article), ModelRequester.Parse(_answer, AIJsonContext.Default.ExtractionAnswer)).Candidates.Sum(c => c.Candidate.Evidence.Quotes.Count);
}
