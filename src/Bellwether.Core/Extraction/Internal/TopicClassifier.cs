using Bellwether.Core.Text;

namespace Bellwether.Core.Internal;

/// <summary>
/// Scores the taxonomy's topics on an article's Porter2 stems: one point per single-word cue, two per two-word cue,
/// title mentions doubled. Immutable once built; safe to share between threads.
/// </summary>
internal sealed class TopicClassifier
{
    private const int MinScore = 3;

    /// <summary>The bar for a headline alone: one cue in a title scores 2, and a headline has no body to repeat it.</summary>
    private const int MinHeadlineScore = 2;
    private const double MinShareOfTop = 0.25;

    /// <summary>
    /// Words whose stem is a cue's but which mean something else: "deposition" stems to the banking cue "deposit",
    /// "customer" to the trade cue "customs", "house" (the White House, a lower house) to the housing cue "housing", and
    /// "report" (a study's, a company's, "Reporting by …") to the media cue "reporter".
    /// </summary>
    private static readonly WordSet StemNamesakes = new([
        "deposition", "depositions", "Deposition", "Depositions",
        "customer", "customers", "Customer", "Customers",
        "house", "houses", "housed", "House", "Houses", "HOUSE",
        "report", "reports", "reported", "reporting", "Report", "Reports", "Reported", "Reporting", "REPORT"]);

    private readonly Dictionary<string, List<int>> unigrams = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), List<int>> bigrams = [];

    public TopicClassifier(IReadOnlyList<TopicDefinition> topics)
    {
        Topics = topics;
        for (var t = 0; t < topics.Count; t++)
        {
            foreach (var cue in topics[t].Cues)
            {
                var stems = TermExtractor.GetTerms(cue);
                if (stems.Count == 1)
                {
                    Add(unigrams, stems[0], t);
                }
                else if (stems.Count >= 2)
                {
                    Add(bigrams, (stems[0], stems[1]), t);
                }
            }
        }
    }

    public IReadOnlyList<TopicDefinition> Topics { get; }

    /// <summary>
    /// The score of every topic, per topic the first cue that matched it (first token, token count), and the first
    /// token of every two-word cue found.
    /// </summary>
    public (double[] Scores, (int Token, int Length)[] FirstCue, List<int> PairCues) Score(AnalysedText doc) => Score(doc, 0, doc.Tokens.Count);

    /// <summary>As <see cref="Score(AnalysedText)"/>, over the tokens from <paramref name="from"/> up to <paramref name="to"/> only.</summary>
    public (double[] Scores, (int Token, int Length)[] FirstCue, List<int> PairCues) Score(AnalysedText doc, int from, int to)
    {
        var pairCues = new List<int>();
        var scores = new double[Topics.Count];
        var first = new (int Token, int Length)[Topics.Count];
        Array.Fill(first, (-1, 0));
        var pairedUntil = -1;
        for (var i = from; i < to; i++)
        {
            if (doc.Terms[i] is not { } term)
            {
                continue;
            }

            var weight = doc.IsTitle(i) ? 2 : 1;
            var next = i + 1 < to && doc.SentenceOfToken[i + 1] == doc.SentenceOfToken[i] ? doc.Terms[i + 1] : null;
            if (next is not null && bigrams.TryGetValue((term, next), out var pairTopics))
            {
                foreach (var t in pairTopics)
                {
                    scores[t] += 2 * weight;
                    first[t] = first[t].Token < 0 || first[t].Length == 1 ? (i, 2) : first[t];
                }

                pairCues.Add(i);
                pairedUntil = i + 1;
                continue;
            }

            if (i > pairedUntil && !StemNamesakes.Contains(doc.Word(i)) && !AddUnigram(term, i, weight, scores, first) && term.Contains('-', StringComparison.Ordinal))
            {
                foreach (var part in term.Split('-'))
                {
                    AddUnigram(TermExtractor.ToTerm(part) ?? part, i, weight, scores, first);
                }
            }
        }

        return (scores, first, pairCues);
    }

    private bool AddUnigram(string term, int token, int weight, double[] scores, (int Token, int Length)[] first)
    {
        if (!unigrams.TryGetValue(term, out var topics))
        {
            return false;
        }

        foreach (var t in topics)
        {
            scores[t] += weight;
            first[t] = first[t].Token < 0 ? (token, 1) : first[t];
        }

        return true;
    }

    /// <summary>The topics that pass the thresholds, best first, at most <paramref name="max"/>.</summary>
    public static IReadOnlyList<int> Select(double[] scores, int max, bool headlineOnly = false)
    {
        var minScore = headlineOnly ? MinHeadlineScore : MinScore;
        var top = scores.Length == 0 ? 0 : scores.Max();
        return [.. Enumerable.Range(0, scores.Length)
            .Where(t => scores[t] >= minScore && scores[t] >= top * MinShareOfTop)
            .OrderByDescending(t => scores[t])
            .ThenBy(t => t)
            .Take(max)];
    }

    private static void Add<TKey>(Dictionary<TKey, List<int>> map, TKey key, int topic)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        if (!list.Contains(topic))
        {
            list.Add(topic);
        }
    }
}
