using System.Security.Cryptography;
using System.Text;

namespace Bellwether.Core;

/// <summary>What the store remembers of an ingested article to recognise it again.</summary>
public sealed record ArticleRecord
{
    /// <summary>Creates a <see cref="ArticleRecord"/> from its parts.</summary>
    /// <param name="id">The article's identifier.</param>
    /// <param name="url">Its canonical address, when known.</param>
    /// <param name="contentHash">A SHA-256 (hex) of its whitespace-normalised, lower-cased title and text.</param>
    public ArticleRecord(string id, Uri? url, string contentHash)
    {
        Id = id;
        Url = url;
        ContentHash = contentHash;
    }

    /// <summary>The article's identifier.</summary>
    public string Id { get; init; }

    /// <summary>Its canonical address, when known.</summary>
    public Uri? Url { get; init; }

    /// <summary>A SHA-256 (hex) of its whitespace-normalised, lower-cased title and text.</summary>
    public string ContentHash { get; init; }

    /// <summary>The record of <paramref name="article"/>.</summary>
    public static ArticleRecord From(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var normalised = string.Join(' ', (article.Title + "\n" + article.Text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
        return new ArticleRecord(article.Id, article.Url, hash);
    }
}
