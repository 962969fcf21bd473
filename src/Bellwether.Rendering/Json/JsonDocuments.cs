namespace Bellwether.Rendering.Json;

// The versioned JSON schema (docs/json-schema.md). Adding a field keeps the version; renaming, removing or
// changing the meaning of one raises it.

internal sealed record BriefDocument(
    string Schema,
    int Version,
    string Reader,
    DateTimeOffset ComposedAt,
    string TimeZone,
    DateTimeOffset? Since,
    bool Silent,
    string? SilenceReason,
    IReadOnlyList<BriefItemDocument> Items);

internal sealed record BriefItemDocument(
    int Rank,
    double Relevance,
    string Novelty,
    string Reason,
    IReadOnlyList<string> MatchedInterests,
    SignalDocument Signal);

internal sealed record SignalListDocument(string Schema, int Version, IReadOnlyList<SignalDocument> Signals);

internal sealed record SignalPageDocument(string Schema, int Version, SignalDocument Signal);

internal sealed record SignalDocument(
    string Id,
    string Headline,
    int Strength,
    string StrengthLine,
    int ExtractionCount,
    int ArticleCount,
    DateTimeOffset FirstExtractedAt,
    DateTimeOffset LastReinforcedAt,
    string Horizon,
    IReadOnlyList<string> Domains,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> Regions,
    IReadOnlyList<string> Actors,
    string Analysis,
    IReadOnlyList<SourceDocument> Sources);

internal sealed record SourceDocument(
    string Id,
    string Title,
    Uri? Url,
    string? Outlet,
    DateTimeOffset? PublishedAt,
    string? StoryId,
    IReadOnlyList<QuoteDocument> Quotes,
    string Reasoning);

internal sealed record QuoteDocument(string Text, string KeyPhrase);
