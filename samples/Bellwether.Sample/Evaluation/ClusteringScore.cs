namespace Bellwether.Sample.Evaluation;

/// <summary>
/// How well a predicted grouping matches a gold one, with the definitions of <c>score.py</c> in the shared evaluation
/// folder: BCubed precision and recall averaged over documents, pairwise ("standard") F1 over document pairs, and NMI
/// normalised by the arithmetic mean of the two entropies.
/// </summary>
internal sealed record ClusteringScore(double BCubedPrecision, double BCubedRecall, double PairwiseF1, double Nmi, int PredictedGroups, int GoldGroups)
{
    /// <summary>The harmonic mean of BCubed precision and recall.</summary>
    public double BCubedF1 => F1(BCubedPrecision, BCubedRecall);

    /// <summary>Scores <paramref name="predicted"/> against <paramref name="gold"/>, both one label per document in the same order.</summary>
    public static ClusteringScore Compute(IReadOnlyList<string> gold, IReadOnlyList<string> predicted)
    {
        ArgumentOutOfRangeException.ThrowIfZero(gold.Count);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException($"Expected one prediction per gold document ({gold.Count}), got {predicted.Count}.", nameof(predicted));
        }

        var cells = new Dictionary<(string Predicted, string Gold), long>();
        for (var i = 0; i < gold.Count; i++)
        {
            cells[(predicted[i], gold[i])] = cells.GetValueOrDefault((predicted[i], gold[i])) + 1;
        }

        var predictedSizes = Sizes(predicted);
        var goldSizes = Sizes(gold);
        double n = gold.Count, precision = 0, recall = 0, mutual = 0;
        long together = 0;
        foreach (var ((p, g), count) in cells)
        {
            precision += (double)count * count / predictedSizes[p];
            recall += (double)count * count / goldSizes[g];
            together += Pairs(count);
            mutual += count / n * Math.Log(count * n / ((double)predictedSizes[p] * goldSizes[g]));
        }

        var predictedPairs = predictedSizes.Values.Sum(Pairs);
        var goldPairs = goldSizes.Values.Sum(Pairs);
        var pairwise = F1(predictedPairs == 0 ? 0 : (double)together / predictedPairs, goldPairs == 0 ? 0 : (double)together / goldPairs);
        var entropies = Entropy(predictedSizes.Values, n) + Entropy(goldSizes.Values, n);
        var nmi = entropies == 0 ? 1 : 2 * mutual / entropies;
        return new(precision / n, recall / n, pairwise, nmi, predictedSizes.Count, goldSizes.Count);
    }

    private static double F1(double precision, double recall) => precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);

    private static long Pairs(long size) => size * (size - 1) / 2;

    private static double Entropy(IEnumerable<long> sizes, double n) => -sizes.Sum(s => s / n * Math.Log(s / n));

    private static Dictionary<string, long> Sizes(IReadOnlyList<string> labels)
    {
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var label in labels)
        {
            sizes[label] = sizes.GetValueOrDefault(label) + 1;
        }

        return sizes;
    }
}
