namespace Bellwether.AI.Internal;

/// <summary>The article as it is handed to the model: data, serialised as JSON so nothing in it can end the block.</summary>
internal sealed record ArticleData(string Id, string Title, string? Source, DateTimeOffset? PublishedAt, string Text);

/// <summary>A signal and its evidence as handed to the analyst model.</summary>
internal sealed record SignalData(string Headline, IReadOnlyList<string> Topics, IReadOnlyList<string> Regions, IReadOnlyList<string> Actors, IReadOnlyList<EvidenceData> Evidence);

/// <summary>One article's evidence as handed to the analyst model.</summary>
internal sealed record EvidenceData(string Title, string? Source, DateTimeOffset? PublishedAt, IReadOnlyList<string> Quotes, string Reasoning);
