using System.Globalization;

namespace Bellwether.Core.Internal;

/// <summary>
/// Offline analysis, extractive and honest: it never writes a claim of its own. A signal of one article keeps the
/// analysis the extractor drew from it (else its first quote, else the headline). A signal of several articles is
/// summed up across its evidence: how many articles and outlets over which days, the key phrases two or more of them
/// turn on, the first and the latest article's own words, and the actors later articles add. Its headline is restated from the evidence as more
/// articles arrive (<see cref="PatternHeadline"/>): the driver, direction and actors most of them share.
/// </summary>
internal sealed class ExtractiveSignalAnalyst(ArticleAnalyzer analyzer) : ISignalAnalyst
{
    private const int MaxSharedPhrases = 3;

    /// <summary>How many of the first and of the latest articles a headline is restated from; the cost stays flat as a signal grows.</summary>
    private const int HeadlineSample = 4;

    /// <summary>The longest title that still reads as a headline, in characters; a longer one is a lead sentence.</summary>
    private const int MaxHeadlineLength = 120;

    public ValueTask<string> HeadlineAsync(Signal signal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signal);
        cancellationToken.ThrowIfCancellationRequested();
        var articles = signal.Evidence.DistinctBy(e => e.Article.Id, StringComparer.Ordinal).ToList();
        if (articles.Count < 2)
        {
            return ValueTask.FromResult(signal.Headline);
        }

        var sample = articles.Count <= 2 * HeadlineSample ? articles : [.. articles.Take(HeadlineSample), .. articles.TakeLast(HeadlineSample)];
        if (sample.All(e => e.Quotes.Count == 0))
        {
            return ValueTask.FromResult(CentralTitle(sample) ?? signal.Headline);
        }

        var facts = new List<HeadlineFacts>(sample.Count);
        foreach (var evidence in sample.Where(e => e.Quotes.Count > 0))
        {
            var article = new Article { Id = evidence.Article.Id, Title = evidence.Article.Title, Source = evidence.Article.Source, Text = string.Join(' ', evidence.Quotes.Select(q => q.Text)) };
            if (analyzer.Analyze(article, cancellationToken) is { } analysis)
            {
                facts.Add(CandidateWriter.Facts(analysis));
            }
        }

        return ValueTask.FromResult(PatternHeadline.Write(facts, analyzer.Demonyms, analyzer.IsPlace) ?? CentralTitle(sample) ?? signal.Headline);
    }

    public ValueTask<string> AnalyseAsync(Signal signal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signal);
        cancellationToken.ThrowIfCancellationRequested();
        var articles = signal.Evidence.DistinctBy(e => e.Article.Id, StringComparer.Ordinal).OrderBy(At).ToList();
        if (articles.Count >= 2)
        {
            return ValueTask.FromResult(AcrossEvidence(articles, signal.KeyActors));
        }

        if (!string.IsNullOrWhiteSpace(signal.Analysis))
        {
            return ValueTask.FromResult(signal.Analysis);
        }

        var firstQuote = signal.Evidence.SelectMany(e => e.Quotes).Select(q => q.Text).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        return ValueTask.FromResult(firstQuote ?? signal.Headline);
    }

    private static string AcrossEvidence(List<ArticleEvidence> articles, IReadOnlyList<string> actors)
    {
        var outlets = articles.Select(Outlet).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        var (first, latest) = (articles[0], articles[^1]);
        var parts = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture, $"{articles.Count} articles from {outlets} {(outlets == 1 ? "outlet" : "outlets")}, {Day(first)} to {Day(latest)}."),
        };
        if (SharedPhrases(articles) is { Count: > 0 } shared)
        {
            parts.Add($"Two or more turn on {string.Join(", ", shared.Select(p => $"“{p}”"))}.");
        }

        if (Lead(first) is { } opening)
        {
            parts.Add($"First, {Outlet(first)} ({Day(first)}): “{opening}”");
        }

        if (Lead(latest) is { } closing)
        {
            parts.Add($"Latest, {Outlet(latest)} ({Day(latest)}): “{closing}”");
        }

        if (LaterActors(actors, articles) is { Count: > 0 } later)
        {
            parts.Add($"Since the first article, the evidence also names {string.Join(", ", later)}.");
        }

        return string.Join(' ', parts);
    }

    /// <summary>What differs: the signal's actors that the first article's title and quotes never mention but a later one's do.</summary>
    private static List<string> LaterActors(IReadOnlyList<string> actors, List<ArticleEvidence> articles)
    {
        static string Words(ArticleEvidence e) => e.Article.Title + " " + string.Join(' ', e.Quotes.Select(q => q.Text));
        var first = Words(articles[0]);
        var later = articles.Skip(1).Select(Words).ToList();
        return [.. actors.Where(a => !first.Contains(a, StringComparison.Ordinal) && later.Any(t => t.Contains(a, StringComparison.Ordinal))).Take(MaxSharedPhrases)];
    }

    /// <summary>Key phrases quoted from at least two articles, most widely shared first, then in order of first use.</summary>
    private static List<string> SharedPhrases(List<ArticleEvidence> articles)
    {
        var counts = new Dictionary<string, (string Phrase, int Articles, int FirstSeen)>(StringComparer.OrdinalIgnoreCase);
        foreach (var evidence in articles)
        {
            foreach (var phrase in evidence.Quotes.Select(q => q.KeyPhrase).Where(p => !string.IsNullOrWhiteSpace(p)).Distinct(StringComparer.OrdinalIgnoreCase))
            {
                counts[phrase] = counts.TryGetValue(phrase, out var seen) ? seen with { Articles = seen.Articles + 1 } : (phrase, 1, counts.Count);
            }
        }

        return [.. counts.Values.Where(c => c.Articles >= 2).OrderByDescending(c => c.Articles).ThenBy(c => c.FirstSeen).Take(MaxSharedPhrases).Select(c => c.Phrase)];
    }

    private static string? Lead(ArticleEvidence evidence) => evidence.Quotes.Select(q => q.Text).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));

    private static string Outlet(ArticleEvidence evidence) =>
        evidence.Article.Source is { Length: > 0 } source ? source.Trim() : evidence.Article.Url?.Host ?? "an unnamed outlet";

    /// <summary>
    /// The title that shares the most words with the others, so that a signal is headed by what its articles have in
    /// common rather than by whichever came first; without the outlet's name after it. A title that reads as a headline
    /// comes first: one a feed cut short ("… as a nice..."), one written in capitals, or a lead sentence standing in for
    /// a missing title (long, or ending as a sentence does) heads the signal only when no headline-like title shares a
    /// word with the others.
    /// </summary>
    private static string? CentralTitle(List<ArticleEvidence> articles)
    {
        var titles = articles.Select(e => OutletTag.Strip(e.Article.Title, e.Article.Source).Trim()).ToList();
        var words = titles.Select(Words).ToList();
        var best = -1;
        var bestShared = 0;
        var bestReads = false;
        for (var i = 0; i < words.Count; i++)
        {
            var shared = words.Where((_, j) => j != i).Sum(other => words[i].Count(other.Contains));
            var reads = ReadsAsHeadline(titles[i]);
            if (shared > 0 && ((reads && !bestReads) || (reads == bestReads && shared > bestShared)))
            {
                (best, bestShared, bestReads) = (i, shared, reads);
            }
        }

        return best < 0 ? null : titles[best];
    }

    private static bool ReadsAsHeadline(string title) =>
        title.Length <= MaxHeadlineLength && !title.EndsWith("...", StringComparison.Ordinal) && !title.EndsWith('…') &&
        !EndsAsSentence(title) && title.Any(char.IsLower);

    /// <summary>True when the last word is a lower-case word with a full stop ("… know much about the disorder."), not an abbreviation ("Bedford, Ky.").</summary>
    private static bool EndsAsSentence(string title) =>
        title.EndsWith('.') && title[(title.LastIndexOf(' ') + 1)..] is { Length: > 1 } last && char.IsLower(last[0]);

    private static HashSet<string> Words(string title) =>
        [.. title.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ',', ':', ';', '"', '\'', '“', '”', '‘', '’', '…').ToLowerInvariant()).Where(w => w.Length >= 4)];

    private static DateTimeOffset At(ArticleEvidence evidence) => evidence.Article.PublishedAt ?? evidence.ExtractedAt;

    private static string Day(ArticleEvidence evidence) => At(evidence).ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
