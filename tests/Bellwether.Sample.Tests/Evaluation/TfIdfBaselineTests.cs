using Bellwether.Core;
using Bellwether.Sample.Evaluation;

namespace Bellwether.Sample.Tests.Evaluation;

public sealed class TfIdfBaselineTests
{
    private static readonly DateTimeOffset Day = new(2014, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Cluster_TwoWordingsOfOneHeadlineAndAnOther_GroupsTheWordings()
    {
        var labels = TfIdfBaseline.Cluster(
            [Article("a", "Fed holds interest rates steady"), Article("b", "Drought cuts Brazil coffee harvest"), Article("c", "Fed holds interest rates steady again")],
            threshold: 0.3,
            window: null);

        labels[2].Should().Be(labels[0]);
        labels[1].Should().NotBe(labels[0]);
    }

    [Fact]
    public void Cluster_SameWordsAfterTheWindow_StartsANewGroup()
    {
        var labels = TfIdfBaseline.Cluster(
            [Article("a", "Fed holds interest rates steady", Day), Article("b", "Fed holds interest rates steady again", Day.AddDays(10))],
            threshold: 0.3,
            window: TimeSpan.FromDays(7));

        labels[1].Should().NotBe(labels[0], "the first group was last joined ten days before, outside the week");
    }

    private static Article Article(string id, string title, DateTimeOffset? at = null) => new() { Id = id, Title = title, PublishedAt = at };
}
