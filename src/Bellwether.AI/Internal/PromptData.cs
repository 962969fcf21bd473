using System.Text.Json.Serialization;

namespace Bellwether.AI.Internal;

/// <summary>
/// The article as it is handed to the model: data, serialised as JSON so nothing in it can end the block. A long
/// article goes in parts, one request each; <paramref name="Part"/> ("2 of 3") says which, and is left out otherwise.
/// </summary>
internal sealed record ArticleData(
    string Id,
    string Title,
    string? Source,
    DateTimeOffset? PublishedAt,
    string Text,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Part = null);

/// <summary>A signal and its evidence as handed to the analyst model.</summary>
internal sealed record SignalData(string Headline, IReadOnlyList<string> Topics, IReadOnlyList<string> Regions, IReadOnlyList<string> Actors, IReadOnlyList<EvidenceData> Evidence);

/// <summary>One article's evidence as handed to the analyst model.</summary>
internal sealed record EvidenceData(string Title, string? Source, DateTimeOffset? PublishedAt, IReadOnlyList<string> Quotes, string Reasoning);
