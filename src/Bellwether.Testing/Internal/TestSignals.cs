using System.Text.Json.Nodes;

namespace Bellwether.Testing.Internal;

/// <summary>Signals and change sets built by hand, to exercise a store without the pipeline.</summary>
internal static class TestSignals
{
    public static readonly DateTimeOffset Epoch = new(2026, 5, 20, 8, 0, 0, TimeSpan.Zero);

    public static ArticleRecord Record(string id, string? url = null, string? hash = null) =>
        new(id, url is null ? null : new Uri(url), hash ?? "hash-of-" + id);

    public static Signal Signal(string id, int strength = 5, string[]? topics = null, string[]? regions = null, string[]? actors = null, DateTimeOffset? at = null, string articleId = "a-0") => new()
    {
        Id = id,
        Headline = "Headline of " + id,
        Topics = topics ?? ["semiconductors"],
        Regions = regions ?? ["CN"],
        Actors = actors ?? ["ASML"],
        Analysis = "Analysis of " + id,
        Strength = new StrengthBreakdown { Strength = strength },
        FirstExtractedAt = at ?? Epoch,
        LastReinforcedAt = at ?? Epoch,
        Evidence =
        [
            new ArticleEvidence
            {
                Article = new ArticleReference(articleId, "Title of " + articleId, new Uri("https://example.org/" + articleId), "Example", Epoch) { Section = "business" },
                Quotes = [new Quote("Export controls accelerate domestic capital formation.", "capital formation")],
                Reasoning = "Because.",
                StoryId = "story-" + id,
            },
        ],
    };

    /// <summary><paramref name="signal"/> with one evidence entry per article id, in that order, each differing in every field.</summary>
    public static Signal WithEvidence(Signal signal, params string[] articleIds) => signal with
    {
        Evidence = [.. articleIds.Select((articleId, n) => WithCopySketch(new ArticleEvidence
        {
            Article = new ArticleReference(articleId, $"Title of {articleId}", new Uri($"https://example.org/{articleId}"), $"Outlet {n}", Epoch.AddMinutes(n))
            {
                Section = n % 2 == 0 ? "business" : null,
                IsTitleDerived = n % 2 == 1,
            },
            Quotes = [.. Enumerable.Range(0, n + 1).Select(q => new Quote($"Sentence {q} of {articleId}: \"quoted\" — 'ünïcode' ✓.", $"phrase {q}"))],
            Reasoning = $"Reasoning from {articleId}.",
            ExtractedAt = Epoch.AddHours(n),
            StoryId = n % 3 == 0 ? null : $"story-{n}",
            IsNearDuplicate = n % 2 == 1,
        }, n % 2 == 0 ? [(uint)n, 7u, uint.MaxValue] : null))],
    };

    /// <summary>
    /// <paramref name="evidence"/> with the matcher's copy sketch of its article, or as it is for null. The sketch is
    /// internal to Bellwether.Core and reaches a store only inside the stored JSON, so it is set through that JSON.
    /// </summary>
    public static ArticleEvidence WithCopySketch(ArticleEvidence evidence, uint[]? sketch)
    {
        if (sketch is null)
        {
            return evidence;
        }

        var entry = JsonNode.Parse(StoredSignalJson.SerializeEvidence(evidence))!;
        entry["article"]!["copySketch"] = new JsonArray([.. sketch.Select(hash => JsonValue.Create(hash))]);
        return StoredSignalJson.Deserialize(StoredSignalJson.SerializeBody(Signal("sketch")), $"[{entry.ToJsonString()}]").Evidence[0];
    }

    public static SignalChangeSet Creating(string articleId, params Signal[] signals) => new() { Article = Record(articleId), Created = signals };

    public static SignalChangeSet Reinforcing(string articleId, string signalId) => new()
    {
        Article = Record(articleId),
        Reinforcements = [new SignalReinforcement(signalId, s => s with { ExtractionCount = s.ExtractionCount + 1, Evidence = [.. s.Evidence, s.Evidence[0] with { Article = s.Evidence[0].Article with { Id = articleId } }] })],
    };

    public static Signal Absorb(Signal survivor, Signal absorbed) => survivor with
    {
        ExtractionCount = survivor.ExtractionCount + absorbed.ExtractionCount,
        Evidence = [.. survivor.Evidence, .. absorbed.Evidence],
    };
}
