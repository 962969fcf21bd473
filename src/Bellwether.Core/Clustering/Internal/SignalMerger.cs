namespace Bellwether.Core.Internal;

/// <summary>Builds a new signal from a candidate and folds candidates and signals into existing ones.</summary>
internal static class SignalMerger
{
    public static Signal Create(string id, SignalCandidate candidate, ArticleEvidence evidence, DateTimeOffset observedAt) => new()
    {
        Id = id,
        Headline = candidate.Headline,
        Horizon = candidate.Horizon,
        Domains = candidate.Domains,
        Topics = candidate.Topics,
        Regions = candidate.Regions,
        Actors = candidate.Actors,
        Analysis = candidate.Analysis,
        ExtractionCount = 1,
        FirstExtractedAt = observedAt,
        LastReinforcedAt = observedAt,
        Evidence = [evidence],
    };

    public static Signal Reinforce(Signal signal, SignalCandidate candidate, ArticleEvidence evidence, DateTimeOffset observedAt) => signal with
    {
        Domains = Union(signal.Domains, candidate.Domains),
        Topics = Union(signal.Topics, candidate.Topics),
        Regions = Union(signal.Regions, candidate.Regions),
        Actors = Union(signal.Actors, candidate.Actors),
        ExtractionCount = signal.ExtractionCount + 1,
        FirstExtractedAt = Min(signal.FirstExtractedAt, observedAt),
        LastReinforcedAt = Max(signal.LastReinforcedAt, observedAt),
        Evidence = Contains(signal.Evidence, evidence.Article.Id) ? signal.Evidence : Append(signal.Evidence, evidence),
    };

    public static Signal Absorb(Signal survivor, Signal absorbed) => survivor with
    {
        Domains = Union(survivor.Domains, absorbed.Domains),
        Topics = Union(survivor.Topics, absorbed.Topics),
        Regions = Union(survivor.Regions, absorbed.Regions),
        Actors = Union(survivor.Actors, absorbed.Actors),
        ExtractionCount = survivor.ExtractionCount + absorbed.ExtractionCount,
        FirstExtractedAt = Min(survivor.FirstExtractedAt, absorbed.FirstExtractedAt),
        LastReinforcedAt = Max(survivor.LastReinforcedAt, absorbed.LastReinforcedAt),
        Evidence = [.. survivor.Evidence, .. absorbed.Evidence.Where(e => survivor.Evidence.All(s => s.Article.Id != e.Article.Id))],
    };

    // Reinforcement runs once per article on signals that may hold hundreds of entries: no allocation when nothing is new.
    private static IReadOnlyList<T> Union<T>(IReadOnlyList<T> first, IReadOnlyList<T> second)
    {
        List<T>? added = null;
        foreach (var item in second)
        {
            if (!first.Contains(item) && (added is null || !added.Contains(item)))
            {
                (added ??= []).Add(item);
            }
        }

        if (added is null)
        {
            return first;
        }

        var union = new T[first.Count + added.Count];
        for (var i = 0; i < first.Count; i++)
        {
            union[i] = first[i];
        }

        added.CopyTo(union, first.Count);
        return union;
    }

    private static bool Contains(IReadOnlyList<ArticleEvidence> evidence, string articleId)
    {
        for (var i = evidence.Count - 1; i >= 0; i--)
        {
            if (string.Equals(evidence[i].Article.Id, articleId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static ArticleEvidence[] Append(IReadOnlyList<ArticleEvidence> evidence, ArticleEvidence next)
    {
        var all = new ArticleEvidence[evidence.Count + 1];
        for (var i = 0; i < evidence.Count; i++)
        {
            all[i] = evidence[i];
        }

        all[^1] = next;
        return all;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
