using System.Text.RegularExpressions;

namespace Bellwether.Core.Internal;

/// <summary>
/// First extractor: one candidate per article whose headline is the article's title, whose quotes are its first
/// sentences that carry a figure, and whose actors are its most frequent capitalised names.
/// The offline extractor replaces it with a full analysis.
/// </summary>
internal sealed partial class LeadSentenceSignalExtractor : ISignalExtractor
{
    private const int MaxQuotes = 2;
    private const int MaxActors = 5;

    public ValueTask<IReadOnlyList<SignalCandidate>> ExtractAsync(Article article, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(article);
        cancellationToken.ThrowIfCancellationRequested();
        var sentences = SentenceEnd().Split(article.Text).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        var quotes = sentences
            .Select(s => (Sentence: s, Figure: Figure().Match(s)))
            .Where(x => x.Figure.Success)
            .Take(MaxQuotes)
            .Select(x => new Quote(x.Sentence, x.Figure.Value.Trim()))
            .ToList();
        if (quotes.Count == 0 && sentences.Count > 0 && CapitalisedName().Match(sentences[0]) is { Success: true } name)
        {
            quotes.Add(new Quote(sentences[0], name.Value));
        }

        var actors = CapitalisedName().Matches(article.Title + "\n" + article.Text)
            .Select(m => m.Value)
            .GroupBy(name => name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MaxActors)
            .Select(g => g.Key)
            .ToList();
        if (sentences.Count == 0 && actors.Count == 0)
        {
            return ValueTask.FromResult<IReadOnlyList<SignalCandidate>>([]);
        }

        var reasoning = actors.Count == 0
            ? "The article's lead sentences state the development."
            : $"The article centres on {string.Join(", ", actors)}" + (quotes.Count == 0 ? "." : $" and cites {string.Join(", ", quotes.Select(q => q.KeyPhrase))}.");
        var candidate = new SignalCandidate
        {
            Headline = article.Title.Trim(),
            Horizon = SignalHorizon.EventDriven,
            Actors = actors,
            Analysis = sentences.Count > 0 ? sentences[0] : article.Title.Trim(),
            Evidence = new ArticleEvidence { Article = article.ToReference(), Quotes = quotes, Reasoning = reasoning },
        };
        return ValueTask.FromResult<IReadOnlyList<SignalCandidate>>([candidate]);
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z""'“])")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?:US)?[$€£¥]?\d[\d,.]*\s?(?:%|percent|billion|million|trillion|bn|m)?")]
    private static partial Regex Figure();

    [GeneratedRegex(@"\b[A-Z][A-Za-z0-9&]+(?:\s+[A-Z][A-Za-z0-9&]+)*\b")]
    private static partial Regex CapitalisedName();
}
