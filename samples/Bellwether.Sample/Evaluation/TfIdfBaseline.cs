using System.Text.RegularExpressions;
using Bellwether.Core;

namespace Bellwether.Sample.Evaluation;

/// <summary>
/// The plain reference clusterer of the shared evaluation folder: single-pass TF-IDF over the title and the first
/// 1,500 characters of the body (sublinear term frequency, English stop words, document frequencies of the whole
/// file), each article joining the group whose summed centroid is closest by cosine when that reaches the threshold,
/// in file order. With a time window, only groups that took an article within the window before it can be joined.
/// </summary>
internal static partial class TfIdfBaseline
{
    private const int LeadCharacters = 1500;

    /// <summary>The thresholds of the sweep: 0.05 to 0.50 in steps of 0.05.</summary>
    public static IReadOnlyList<double> Thresholds { get; } = [.. Enumerable.Range(1, 10).Select(i => i * 0.05)];

    private static readonly HashSet<string> StopWords = new(
        """
        a about above after again against all also am an and any are as at be because been before being below between
        both but by can could did do does doing down during each few for from further had has have having he her here
        hers him his how i if in into is it its itself just me more most my no nor not now of off on once only or other
        our out over own same she should so some such than that the their them then there these they this those through
        to too under until up very was we were what when where which while who whom why will with would you your
        """.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries),
        StringComparer.Ordinal);

    /// <summary>One group label per article, in order, at <paramref name="threshold"/>.</summary>
    public static string[] Cluster(IReadOnlyList<Article> articles, double threshold, TimeSpan? window)
    {
        var documents = articles.Select(a => Terms(a.Title + "\n" + (a.Text.Length > LeadCharacters ? a.Text[..LeadCharacters] : a.Text))).ToList();
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in documents.SelectMany(d => d.Keys))
        {
            frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
        }

        var centroids = new List<Dictionary<string, double>>();
        var norms = new List<double>();
        var lastSeen = new List<DateTimeOffset?>();
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var labels = new string[articles.Count];
        var dots = new Dictionary<int, double>();
        for (var i = 0; i < articles.Count; i++)
        {
            var vector = Weigh(documents[i], frequencies, articles.Count);
            var published = articles[i].PublishedAt;
            dots.Clear();
            foreach (var (term, weight) in vector)
            {
                foreach (var group in postings.GetValueOrDefault(term) ?? [])
                {
                    dots[group] = dots.GetValueOrDefault(group) + (weight * centroids[group][term]);
                }
            }

            var best = -1;
            var bestCosine = 0.0;
            foreach (var (group, dot) in dots)
            {
                var open = window is not { } span || published is not { } at || lastSeen[group] is not { } last || at - last <= span;
                var cosine = dot / norms[group];
                if (open && (cosine > bestCosine || (cosine == bestCosine && group < best)))
                {
                    (best, bestCosine) = (group, cosine);
                }
            }

            if (best < 0 || bestCosine < threshold)
            {
                best = centroids.Count;
                centroids.Add(new Dictionary<string, double>(StringComparer.Ordinal));
                norms.Add(0);
                lastSeen.Add(published);
            }

            var centroid = centroids[best];
            foreach (var (term, weight) in vector)
            {
                if (!centroid.ContainsKey(term))
                {
                    (postings.TryGetValue(term, out var list) ? list : postings[term] = []).Add(best);
                }

                centroid[term] = centroid.GetValueOrDefault(term) + weight;
            }

            norms[best] = Math.Sqrt(centroid.Values.Sum(w => w * w));
            if (published is { } time && (lastSeen[best] is not { } seen || time > seen))
            {
                lastSeen[best] = time;
            }

            labels[i] = "baseline:" + best;
        }

        return labels;
    }

    private static Dictionary<string, int> Terms(string text)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (Match match in Word().Matches(text.ToLowerInvariant()))
        {
            if (!StopWords.Contains(match.Value))
            {
                counts[match.Value] = counts.GetValueOrDefault(match.Value) + 1;
            }
        }

        return counts;
    }

    /// <summary>Sublinear TF times smoothed IDF, normalised to unit length.</summary>
    private static List<(string Term, double Weight)> Weigh(Dictionary<string, int> counts, Dictionary<string, int> frequencies, int documents)
    {
        var weights = counts.Select(c => (c.Key, (1 + Math.Log(c.Value)) * (Math.Log((1.0 + documents) / (1 + frequencies[c.Key])) + 1))).ToList();
        var norm = Math.Sqrt(weights.Sum(w => w.Item2 * w.Item2));
        return norm == 0 ? [] : [.. weights.Select(w => (w.Key, w.Item2 / norm))];
    }

    [GeneratedRegex(@"\b\w\w+\b")]
    private static partial Regex Word();
}
