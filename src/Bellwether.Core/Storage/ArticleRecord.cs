using System.Security.Cryptography;
using System.Text;

namespace Bellwether.Core;

/// <summary>What the store remembers of an ingested article to recognise it again.</summary>
/// <param name="Id">The article's identifier.</param>
/// <param name="Url">Its canonical address, when known.</param>
/// <param name="ContentHash">A SHA-256 (hex) of its whitespace-normalised, lower-cased title and text.</param>
public sealed record ArticleRecord(string Id, Uri? Url, string ContentHash)
{
    /// <summary>The record of <paramref name="article"/>.</summary>
    public static ArticleRecord From(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var normalised = string.Join(' ', (article.Title + "\n" + article.Text).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalised)));
        return new ArticleRecord(article.Id, article.Url, hash);
    }
}
