using System.Globalization;

namespace Bellwether.Core.Internal;

/// <summary>
/// Offline analysis, extractive and honest: it never writes a claim of its own. A signal of one article keeps the
/// analysis the extractor drew from it (else its first quote, else the headline). A signal of several articles is
/// summed up across its evidence: how many articles and outlets over which days, the key phrases two or more of them
/// turn on, and the first and the latest article's own words.
/// </summary>
internal sealed class ExtractiveSignalAnalyst : ISignalAnalyst
{
    private const int MaxSharedPhrases = 3;

    public ValueTask<string> AnalyseAsync(Signal signal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(signal);
        cancellationToken.ThrowIfCancellationRequested();
        var articles = signal.Evidence.DistinctBy(e => e.Article.Id, StringComparer.Ordinal).OrderBy(At).ToList();
        if (articles.Count >= 2)
        {
            return ValueTask.FromResult(AcrossEvidence(articles));
        }

        if (!string.IsNullOrWhiteSpace(signal.Analysis))
        {
            return ValueTask.FromResult(signal.Analysis);
        }

        var firstQuote = signal.Evidence.SelectMany(e => e.Quotes).Select(q => q.Text).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
        return ValueTask.FromResult(firstQuote ?? signal.Headline);
    }

    private static string AcrossEvidence(List<ArticleEvidence> articles)
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

        return string.Join(' ', parts);
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

    private static DateTimeOffset At(ArticleEvidence evidence) => evidence.Article.PublishedAt ?? evidence.ExtractedAt;

    private static string Day(ArticleEvidence evidence) => At(evidence).ToString("d MMM yyyy", CultureInfo.InvariantCulture);
}
