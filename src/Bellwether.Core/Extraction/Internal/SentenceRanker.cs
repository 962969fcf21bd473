namespace Bellwether.Core.Internal;

/// <summary>
/// TextRank over sentences: a sentence is central when it shares content stems with many other central sentences
/// (similarity = shared stems / (log |a| + log |b|), damping 0.85, fixed number of iterations).
/// </summary>
internal static class SentenceRanker
{
    private const double Damping = 0.85;
    private const int Iterations = 30;

    /// <summary>The centrality of each listed sentence (same order as <paramref name="sentences"/>); quadratic in their number, so callers bound it.</summary>
    public static double[] Rank(AnalysedText doc, IReadOnlyList<Sentence> sentences, CancellationToken cancellationToken)
    {
        var n = sentences.Count;
        if (n == 0)
        {
            return [];
        }

        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var bags = new int[n][];
        for (var s = 0; s < n; s++)
        {
            var bag = new List<int>(sentences[s].TokenEnd - sentences[s].FirstToken);
            for (var t = sentences[s].FirstToken; t < sentences[s].TokenEnd; t++)
            {
                if (doc.Terms[t] is { } term)
                {
                    if (!ids.TryGetValue(term, out var id))
                    {
                        ids[term] = id = ids.Count;
                    }

                    bag.Add(id);
                }
            }

            bag.Sort();
            bags[s] = [.. bag.Distinct()];
        }

        // Edges are kept per sentence in ascending order of the other sentence, so sums run in the order of a dense matrix.
        var edges = new List<(int Other, double Weight)>[n];
        for (var s = 0; s < n; s++)
        {
            edges[s] = [];
        }

        var outSum = new double[n];
        for (var a = 0; a < n; a++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var b = a + 1; b < n; b++)
            {
                var shared = Shared(bags[a], bags[b]);
                if (shared == 0)
                {
                    continue;
                }

                var w = shared / (Math.Log(bags[a].Length + 1) + Math.Log(bags[b].Length + 1));
                edges[a].Add((b, w));
                edges[b].Add((a, w));
                outSum[a] += w;
                outSum[b] += w;
            }
        }

        var rank = new double[n];
        var next = new double[n];
        Array.Fill(rank, 1.0 / n);
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var a = 0; a < n; a++)
            {
                var sum = 0.0;
                foreach (var (b, w) in edges[a])
                {
                    sum += w / outSum[b] * rank[b];
                }

                next[a] = ((1 - Damping) / n) + (Damping * sum);
            }

            (rank, next) = (next, rank);
        }

        return rank;
    }

    private static int Shared(int[] a, int[] b)
    {
        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return shared;
    }
}
