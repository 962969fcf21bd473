using System.Text.Json;
using Xunit.Abstractions;

namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// Scores the offline extractor on 28 labelled articles written for these tests (energy, elections, health, climate,
/// finance, defence, technology, trade): precision, recall and F1 per field, micro-averaged over the articles.
/// </summary>
public sealed class LabelledArticlesTests(ITestOutputHelper output)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Extraction", "Fixtures", "labelled-articles.json");

    [Fact]
    public void Extract_LabelledArticles_MeetsTheF1Floors()
    {
        var articles = Load();
        articles.Should().HaveCountGreaterThanOrEqualTo(25);
        var extractor = Extractors.Default();
        var fields = new Dictionary<string, Score> { ["actors"] = new(), ["regions"] = new(), ["topics"] = new(), ["key phrases"] = new() };
        foreach (var labelled in articles)
        {
            var article = new Article { Id = labelled.Id, Title = labelled.Title, Text = labelled.Text };
            var candidate = extractor.Extract(article).Should().ContainSingle().Subject;
            fields["actors"].Add(labelled.Id, labelled.Actors, candidate.Actors, output);
            fields["regions"].Add(labelled.Id, labelled.Regions, candidate.Regions, output);
            fields["topics"].Add(labelled.Id, labelled.Topics, candidate.Topics, output);
            fields["key phrases"].AddRecallOnly(labelled.Id, labelled.KeyPhrases, candidate.KeyPhrases, output);
        }

        output.WriteLine("| field | precision | recall | F1 |");
        output.WriteLine("|---|---|---|---|");
        foreach (var (name, score) in fields)
        {
            output.WriteLine($"| {name} | {score.Precision:0.00} | {score.Recall:0.00} | {score.F1:0.00} |");
        }

        fields["regions"].F1.Should().BeGreaterThanOrEqualTo(0.9);
        fields["topics"].F1.Should().BeGreaterThanOrEqualTo(0.9);
        fields["actors"].F1.Should().BeGreaterThanOrEqualTo(0.8);
        fields["key phrases"].Recall.Should().BeGreaterThanOrEqualTo(0.8);
    }

    private static List<LabelledArticle> Load() =>
        JsonSerializer.Deserialize<List<LabelledArticle>>(File.ReadAllText(Fixture), Json)!;

    private sealed record LabelledArticle(string Id, string Field, string Title, string Text, string[] Actors, string[] Regions, string[] Topics, string[] KeyPhrases);

    private sealed class Score
    {
        private int truePositives;
        private int predicted;
        private int expected;

        public double Precision => predicted == 0 ? 1 : (double)truePositives / predicted;

        public double Recall => expected == 0 ? 1 : (double)truePositives / expected;

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public void Add(string id, IReadOnlyList<string> gold, IReadOnlyList<string> found, ITestOutputHelper output)
        {
            var hits = gold.Count(g => found.Contains(g, StringComparer.OrdinalIgnoreCase));
            truePositives += hits;
            expected += gold.Count;
            predicted += found.Count;
            Report(id, gold, found, output);
        }

        public void AddRecallOnly(string id, IReadOnlyList<string> gold, IReadOnlyList<string> found, ITestOutputHelper output)
        {
            var hits = gold.Count(g => found.Contains(g, StringComparer.OrdinalIgnoreCase));
            truePositives += hits;
            expected += gold.Count;
            predicted += hits;
            var missed = gold.Where(g => !found.Contains(g, StringComparer.OrdinalIgnoreCase)).ToList();
            if (missed.Count > 0)
            {
                output.WriteLine($"{id}: missed [{string.Join(", ", missed)}]");
            }
        }

        private static void Report(string id, IReadOnlyList<string> gold, IReadOnlyList<string> found, ITestOutputHelper output)
        {
            var missed = gold.Where(g => !found.Contains(g, StringComparer.OrdinalIgnoreCase)).ToList();
            var extra = found.Where(f => !gold.Contains(f, StringComparer.OrdinalIgnoreCase)).ToList();
            if (missed.Count + extra.Count > 0)
            {
                output.WriteLine($"{id}: missed [{string.Join(", ", missed)}] extra [{string.Join(", ", extra)}]");
            }
        }
    }
}
