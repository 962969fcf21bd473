using System.Text.Json;

namespace Bellwether.Core.Benchmarks;

/// <summary>
/// Headlines for the benchmarks: real ones replayed from the development set when it is present
/// (<c>BELLWETHER_EVAL_FILE</c>, default <c>/work/shared/eval/uci_news_aggregator_head_shuffled.jsonl</c>), and
/// synthetic ones over a Zipf-distributed vocabulary (50,000 words, exponent 1.07) to reach a million live signals.
/// </summary>
internal static class BenchmarkCorpus
{
    private const int Vocabulary = 50_000;
    private const double Exponent = 1.07;

    public static IReadOnlyList<string> RealHeadlines()
    {
        var path = Environment.GetEnvironmentVariable("BELLWETHER_EVAL_FILE") ?? "/work/shared/eval/uci_news_aggregator_head_shuffled.jsonl";
        if (!File.Exists(path))
        {
            return [];
        }

        return [.. File.ReadLines(path).Select(line => JsonDocument.Parse(line).RootElement.GetProperty("title").GetString()!)];
    }

    /// <summary>A Zipf sampler over synthetic words ("w" + rank in base 26, letters only so every tokenizer keeps them).</summary>
    public sealed class Zipf
    {
        private readonly double[] _cumulative = new double[Vocabulary];
        private readonly Random _random;

        public Zipf(int seed)
        {
            _random = new Random(seed);
            double sum = 0;
            for (var rank = 1; rank <= Vocabulary; rank++)
            {
                sum += 1 / Math.Pow(rank, Exponent);
                _cumulative[rank - 1] = sum;
            }

            for (var i = 0; i < Vocabulary; i++)
            {
                _cumulative[i] /= sum;
            }
        }

        public Random Random => _random;

        public string Word()
        {
            var at = Array.BinarySearch(_cumulative, _random.NextDouble());
            var rank = at < 0 ? ~at : at;
            Span<char> letters = stackalloc char[8];
            var n = 0;
            var value = rank + 26;
            while (value > 0)
            {
                letters[n++] = (char)('a' + (value % 26));
                value /= 26;
            }

            return "z" + new string(letters[..n]);
        }

        public string Headline(int words) => string.Join(' ', Enumerable.Range(0, words).Select(_ => Word()));
    }
}
