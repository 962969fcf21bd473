using System.Text.Json;
using Xunit.Abstractions;

namespace Bellwether.Core.Tests.Extraction;

/// <summary>One article of a labelled fixture (<c>Extraction/Fixtures/*.json</c>): its text and the labels a reader gave it.</summary>
internal sealed record LabelledArticle(string Id, string Field, string Title, string Text, string[] Actors, string[] Regions, string[] Topics, string[] KeyPhrases)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public Article ToArticle() => new() { Id = Id, Title = Title, Text = Text };

    public static List<LabelledArticle> Load(string fileName) =>
        JsonSerializer.Deserialize<List<LabelledArticle>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Extraction", "Fixtures", fileName)), Json)!;
}

/// <summary>Micro-averaged precision, recall and F1 of one field over labelled articles (names compared ignoring case).</summary>
internal sealed class FieldScore
{
    private int truePositives;
    private int predicted;
    private int expected;

    public double Precision => predicted == 0 ? 1 : (double)truePositives / predicted;

    public double Recall => expected == 0 ? 1 : (double)truePositives / expected;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The found values that are not labelled, with the article they came from.</summary>
    public List<(string Id, string Value)> Extra { get; } = [];

    /// <summary>The labelled values that were not found, with their article.</summary>
    public List<(string Id, string Value)> Missed { get; } = [];

    public string Counts => $"{truePositives}/{predicted} found, {truePositives}/{expected} labelled";

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
        Missed.AddRange(missed.Select(m => (id, m)));
        if (missed.Count > 0)
        {
            output.WriteLine($"{id}: missed [{string.Join(", ", missed)}]");
        }
    }

    private void Report(string id, IReadOnlyList<string> gold, IReadOnlyList<string> found, ITestOutputHelper output)
    {
        var missed = gold.Where(g => !found.Contains(g, StringComparer.OrdinalIgnoreCase)).ToList();
        var extra = found.Where(f => !gold.Contains(f, StringComparer.OrdinalIgnoreCase)).ToList();
        Missed.AddRange(missed.Select(m => (id, m)));
        Extra.AddRange(extra.Select(e => (id, e)));
        if (missed.Count + extra.Count > 0)
        {
            output.WriteLine($"{id}: missed [{string.Join(", ", missed)}] extra [{string.Join(", ", extra)}]");
        }
    }
}
