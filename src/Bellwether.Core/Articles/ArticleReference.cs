using System.Text.Json.Serialization;

namespace Bellwether.Core;

/// <summary>What evidence remembers of an article: enough to cite and link it.</summary>
/// <param name="Id">The article's identifier.</param>
/// <param name="Title">The headline as published.</param>
/// <param name="Url">The canonical address, when known.</param>
/// <param name="Source">The outlet, when known.</param>
/// <param name="PublishedAt">When it was published, when known.</param>
public sealed record ArticleReference(string Id, string Title, Uri? Url, string? Source, DateTimeOffset? PublishedAt)
{
    /// <summary>The publisher's section or category, when known.</summary>
    public string? Section { get; init; }

    /// <summary>True when the article came without a headline and <see cref="Title"/> was derived from its body.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public bool IsTitleDerived { get; init; }

    /// <summary>
    /// The smallest hashes of the article's word pairs (headline and the start of its body), kept by the pipeline so
    /// that a restarted process or another worker still recognises copies of it; null for a bare headline. A detail
    /// of the matcher, not of the model: internal, but written to JSON with the evidence, so every store keeps it.
    /// </summary>
    [JsonInclude]
    internal IReadOnlyList<uint>? CopySketch { get; init; }
}
