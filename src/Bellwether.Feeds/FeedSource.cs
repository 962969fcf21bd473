namespace Bellwether.Feeds;

/// <summary>A feed to read: its address and, optionally, what its articles are labelled with.</summary>
public sealed record FeedSource
{
    /// <summary>The feed's absolute http or https address.</summary>
    public required Uri Url { get; init; }

    /// <summary>The outlet name put on its articles; null uses the feed's own title, else the host.</summary>
    public string? Name { get; init; }

    /// <summary>The section put on its articles; null uses each item's first category.</summary>
    public string? Section { get; init; }

    /// <summary>The BCP 47 language of its articles; null uses the feed's declared language, else "en".</summary>
    public string? Language { get; init; }

    /// <summary>Throws an <see cref="ArgumentException"/> naming the problem when <see cref="Url"/> is not an absolute http(s) address.</summary>
    public void Validate()
    {
        if (Url is null || !Url.IsAbsoluteUri || (Url.Scheme != Uri.UriSchemeHttp && Url.Scheme != Uri.UriSchemeHttps))
        {
            throw new ArgumentException($"Feed address '{Url}' must be an absolute http or https address.", nameof(Url));
        }
    }
}
