using Xunit.Abstractions;

namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// Scores the offline extractor on 28 labelled articles written for these tests (energy, elections, health, climate,
/// finance, defence, technology, trade): precision, recall and F1 per field, micro-averaged over the articles.
/// </summary>
public sealed class LabelledArticlesTests(ITestOutputHelper output)
{
    [Fact]
    public void Extract_LabelledArticles_MeetsTheF1Floors()
    {
        var articles = LabelledArticle.Load("labelled-articles.json");
        articles.Should().HaveCountGreaterThanOrEqualTo(25);
        var extractor = Extractors.Default();
        var fields = new Dictionary<string, FieldScore> { ["actors"] = new(), ["regions"] = new(), ["topics"] = new(), ["key phrases"] = new() };
        foreach (var labelled in articles)
        {
            var candidate = extractor.Extract(labelled.ToArticle()).Should().ContainSingle().Subject;
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
}
