using System.Text.Json.Serialization;

namespace Bellwether.Core;

/// <summary>What evidence remembers of an article: enough to cite and link it.</summary>
public sealed record ArticleReference
{
    /// <summary>Creates a <see cref="ArticleReference"/> from its parts.</summary>
    /// <param name="id">The article's identifier.</param>
    /// <param name="title">The headline as published.</param>
    /// <param name="url">The canonical address, when known.</param>
    /// <param name="source">The outlet, when known.</param>
    /// <param name="publishedAt">When it was published, when known.</param>
    public ArticleReference(string id, string title, Uri? url, string? source, DateTimeOffset? publishedAt)
    {
        Id = id;
        Title = title;
        Url = url;
        Source = source;
        PublishedAt = publishedAt;
    }

    /// <summary>The article's identifier.</summary>
    public string Id { get; init; }

    /// <summary>The headline as published.</summary>
    public string Title { get; init; }

    /// <summary>The canonical address, when known.</summary>
    public Uri? Url { get; init; }

    /// <summary>The outlet, when known.</summary>
    public string? Source { get; init; }

    /// <summary>When it was published, when known.</summary>
    public DateTimeOffset? PublishedAt { get; init; }

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
