using Bellwether.Core.Internal;
using Xunit.Abstractions;

namespace Bellwether.Core.Tests.Extraction;

/// <summary>
/// Scores the offline extractor on 24 held-out articles (<c>Fixtures/heldout-articles.json</c>): 16 full articles on
/// energy, health, agriculture, finance, housing, labour, transport and technology, and 8 headlines with no body whose
/// capitalised common words ("Reforms", "Weather", "Fruit") are not actors. They were labelled before the extractor
/// ever ran on them and are never tuned on, so these figures are out-of-sample; the floors sit a little below the
/// measured figures so that a regression fails, and must not be raised by tuning the extractor on these articles.
/// </summary>
public sealed class HeldOutArticlesTests(ITestOutputHelper output)
{
    private const string Fixture = "heldout-articles.json";

    [Fact]
    public void Extract_HeldOutArticles_MeetsTheMeasuredFloors()
    {
        var articles = LabelledArticle.Load(Fixture);
        articles.Should().HaveCount(24);
        var extractor = Extractors.Default();
        var all = NewScores();
        var full = NewScores();
        var headlines = NewScores();
        foreach (var labelled in articles)
        {
            var candidate = extractor.Extract(labelled.ToArticle()).Should().ContainSingle().Subject;
            var subset = labelled.Text.Length == 0 ? headlines : full;
            foreach (var scores in new[] { all, subset })
            {
                var log = scores == all ? output : Silent.Instance;
                scores["actors"].Add(labelled.Id, labelled.Actors, candidate.Actors, log);
                scores["regions"].Add(labelled.Id, labelled.Regions, candidate.Regions, log);
                scores["topics"].Add(labelled.Id, labelled.Topics, candidate.Topics, log);
            }
        }

        Table("all 24 articles", all);
        Table("16 full articles", full);
        Table("8 headlines without a body", headlines);

        // Measured when the fixture was added (commit b3b9d7b's extractor): actors P 0.65 R 0.89, regions F1 0.92,
        // topics P 0.85 R 0.70 (full articles 1.00, headlines 0.17). Issue 18 asks for actor precision >= 0.90 and
        // topic recall >= 0.80 here; these floors only guard against regressions and say nothing about that target.
        all["actors"].Precision.Should().BeGreaterThanOrEqualTo(0.60);
        all["actors"].Recall.Should().BeGreaterThanOrEqualTo(0.85);
        all["regions"].F1.Should().BeGreaterThanOrEqualTo(0.88);
        all["topics"].Precision.Should().BeGreaterThanOrEqualTo(0.80);
        all["topics"].Recall.Should().BeGreaterThanOrEqualTo(0.65);
        full["topics"].Recall.Should().BeGreaterThanOrEqualTo(0.95);
    }

    [Fact]
    public void Load_HeldOutFixture_LabelsOnlyBuiltInTopicsCodesAndNamesInTheText()
    {
        var topics = DefaultTopics.All.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var labelled in LabelledArticle.Load(Fixture))
        {
            var text = labelled.Title + " " + labelled.Text;
            labelled.Topics.Should().NotBeEmpty(labelled.Id);
            labelled.Topics.Where(t => !topics.Contains(t)).Should().BeEmpty("{0} labels only built-in topics", labelled.Id);
            labelled.Regions.Where(r => r.Length != 2 || !r.All(char.IsAsciiLetterUpper)).Should().BeEmpty("{0} labels ISO codes", labelled.Id);
            labelled.Actors.Where(a => !text.Contains(a, StringComparison.Ordinal)).Should().BeEmpty("{0} labels names as the article writes them", labelled.Id);
        }
    }

    private static Dictionary<string, FieldScore> NewScores() =>
        new() { ["actors"] = new(), ["regions"] = new(), ["topics"] = new() };

    private void Table(string title, Dictionary<string, FieldScore> scores)
    {
        output.WriteLine(string.Empty);
        output.WriteLine($"Held-out, {title}:");
        output.WriteLine("| field | precision | recall | F1 | counts |");
        output.WriteLine("| --- | --- | --- | --- | --- |");
        foreach (var (name, score) in scores)
        {
            output.WriteLine($"| {name} | {score.Precision:0.00} | {score.Recall:0.00} | {score.F1:0.00} | {score.Counts} |");
        }
    }

    private sealed class Silent : ITestOutputHelper
    {
        public static readonly Silent Instance = new();

        public void WriteLine(string message)
        {
        }

        public void WriteLine(string format, params object[] args)
        {
        }
    }
}
