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
        Evidence = signal.Evidence.Any(e => e.Article.Id == evidence.Article.Id) ? signal.Evidence : [.. signal.Evidence, evidence],
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

    private static IReadOnlyList<T> Union<T>(IReadOnlyList<T> first, IReadOnlyList<T> second) => [.. first.Union(second)];

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a >= b ? a : b;
}
