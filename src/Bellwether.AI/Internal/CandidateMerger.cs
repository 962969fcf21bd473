namespace Bellwether.AI.Internal;

/// <summary>
/// Gathers the validated candidates of an article's parts into one answer: candidates whose headlines match (case,
/// white space and closing punctuation aside) become one with the union of their quotes, actors, topics, regions
/// and domains (bounded as validation bounds them), and the most confident <c>MaxSignalsPerArticle</c> are kept in
/// the order they were first named.
/// </summary>
internal static class CandidateMerger
{
    private const string ClosingPunctuation = ".!?;:, ";

    public static ValidatedExtraction Merge(IReadOnlyList<ValidatedExtraction> parts, int maxSignals)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var dropped = default(DroppedParts);
        var merged = new List<RatedCandidate>();
        var byHeadline = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in parts)
        {
            dropped += part.Dropped;
            foreach (var rated in part.Candidates)
            {
                var key = AnswerValidator.Collapse(rated.Candidate.Headline).AsSpan().TrimEnd(ClosingPunctuation).ToString();
                if (byHeadline.TryGetValue(key, out var index))
                {
                    merged[index] = Union(merged[index], rated, out var extraQuotes);
                    dropped = dropped with { Quotes = dropped.Quotes + extraQuotes };
                }
                else
                {
                    byHeadline.Add(key, merged.Count);
                    merged.Add(rated);
                }
            }
        }

        var kept = merged
            .Select((rated, order) => (Rated: rated, Order: order))
            .OrderByDescending(x => x.Rated.Confidence)
            .ThenBy(x => x.Order)
            .Take(maxSignals)
            .OrderBy(x => x.Order)
            .Select(x => x.Rated)
            .ToList();
        return new ValidatedExtraction(kept, dropped with { Signals = dropped.Signals + merged.Count - kept.Count });
    }

    /// <summary><paramref name="first"/> with what <paramref name="second"/> adds; its texts fill only what the first left empty.</summary>
    private static RatedCandidate Union(RatedCandidate first, RatedCandidate second, out int extraQuotes)
    {
        var (a, b) = (first.Candidate, second.Candidate);
        var quotes = a.Evidence.Quotes.Concat(b.Evidence.Quotes).DistinctBy(q => q.Text, StringComparer.Ordinal).ToList();
        extraQuotes = Math.Max(0, quotes.Count - AnswerValidator.MaxQuotes);
        var candidate = a with
        {
            Domains = [.. a.Domains.Union(b.Domains)],
            Topics = [.. a.Topics.Union(b.Topics, StringComparer.Ordinal)],
            Regions = [.. a.Regions.Union(b.Regions, StringComparer.Ordinal)],
            Actors = [.. a.Actors.Union(b.Actors, StringComparer.Ordinal).Take(AnswerValidator.MaxActors)],
            Analysis = a.Analysis.Length > 0 ? a.Analysis : b.Analysis,
            Evidence = a.Evidence with
            {
                Quotes = [.. quotes.Take(AnswerValidator.MaxQuotes)],
                Reasoning = a.Evidence.Reasoning.Length > 0 ? a.Evidence.Reasoning : b.Evidence.Reasoning,
            },
        };
        return new RatedCandidate(candidate, Math.Max(first.Confidence, second.Confidence));
    }
}
