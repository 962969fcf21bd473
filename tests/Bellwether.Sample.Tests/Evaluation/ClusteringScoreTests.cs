using Bellwether.Sample.Evaluation;

namespace Bellwether.Sample.Tests.Evaluation;

public sealed class ClusteringScoreTests
{
    [Fact]
    public void Compute_PredictionEqualToGold_ScoresOneEverywhere()
    {
        var score = ClusteringScore.Compute(["x", "x", "y"], ["1", "1", "2"]);

        score.BCubedF1.Should().Be(1);
        score.PairwiseF1.Should().Be(1);
        score.Nmi.Should().BeApproximately(1, 1e-12);
        score.PredictedGroups.Should().Be(2);
        score.GoldGroups.Should().Be(2);
    }

    [Fact]
    public void Compute_EverythingInOneGroup_HasFullRecallAndPrecisionOfTheGoldShares()
    {
        // Gold {a,b} {c}: each of a and b shares the group with 2 of 3, c with 1 of 3.
        var score = ClusteringScore.Compute(["x", "x", "y"], ["1", "1", "1"]);

        score.BCubedRecall.Should().Be(1);
        score.BCubedPrecision.Should().BeApproximately(((2.0 / 3) + (2.0 / 3) + (1.0 / 3)) / 3, 1e-12);
        score.PairwiseF1.Should().BeApproximately(2 * (1.0 / 3) * 1 / ((1.0 / 3) + 1), 1e-12, "1 of 3 predicted pairs is a gold pair, and the one gold pair is found");
        score.Nmi.Should().Be(0, "one group tells nothing about the gold");
    }

    [Fact]
    public void Compute_AllSingletons_HasFullPrecisionAndNoPairs()
    {
        var score = ClusteringScore.Compute(["x", "x", "y", "y"], ["1", "2", "3", "4"]);

        score.BCubedPrecision.Should().Be(1);
        score.BCubedRecall.Should().Be(0.5);
        score.PairwiseF1.Should().Be(0);
    }

    [Fact]
    public void Compute_PredictionsOfAnotherLength_ThrowsNamingBothCounts()
    {
        var act = () => ClusteringScore.Compute(["x", "y"], ["1"]);

        act.Should().Throw<ArgumentException>().WithMessage("*(2)*1*");
    }
}
